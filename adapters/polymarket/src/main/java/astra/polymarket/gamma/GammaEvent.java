package astra.polymarket.gamma;

import astra.domain.NegRiskMarketId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Gamma event: a group of markets. A negRisk event's markets are mutually exclusive outcomes
 * of one question and share its {@code negRiskMarketID}.
 */
public record GammaEvent(String id, String slug, String title, boolean negRisk,
        Optional<NegRiskMarketId> negRiskMarketId, List<GammaMarket> markets) {
    public GammaEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(negRiskMarketId, "negRiskMarketId");
        markets = List.copyOf(markets);
    }

    public static GammaEvent from(JsonNode n) {
        GammaFields f = new GammaFields(n, "Gamma event");
        String id = f.text("id");
        List<GammaMarket> markets = new ArrayList<>();
        JsonNode ms = n.get("markets");
        if (ms != null && !ms.isNull()) {
            if (!ms.isArray()) {
                throw new GammaFormatException("Gamma event " + id + ": markets is not a list");
            }
            ms.forEach(m -> markets.add(GammaMarket.from(m)));
        }
        return new GammaEvent(id, f.optText("slug").orElse(""), f.optText("title").orElse(""), f.bool("negRisk", false),
                f.optText("negRiskMarketID").map(NegRiskMarketId::new), markets);
    }
}
