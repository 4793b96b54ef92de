package astra.polymarket.gamma;

import astra.domain.ConditionId;
import astra.domain.Shares;
import astra.domain.TokenId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One outcome-token holding as the data-API reports it (GET /positions), for reconciling the
 * order store's positions with the chain's view.
 */
public record HeldPosition(ConditionId market, TokenId token, Shares size, String outcome, int outcomeIndex,
        boolean negRisk) {
    public HeldPosition {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(outcome, "outcome");
    }

    static HeldPosition from(JsonNode n) {
        GammaFields f = new GammaFields(n, "position " + (n != null && n.has("asset") ? n.get("asset").asText() : "?"));
        java.math.BigDecimal index = f.optDecimal("outcomeIndex").orElse(java.math.BigDecimal.ZERO);
        try {
            return new HeldPosition(new ConditionId(f.text("conditionId")), new TokenId(f.text("asset")),
                    Shares.of(f.decimal("size")), f.optText("outcome").orElse(""), index.intValueExact(),
                    f.bool("negativeRisk", false));
        } catch (ArithmeticException e) {
            throw f.fail("outcomeIndex", "is not a whole number");
        }
    }
}
