package astra.polymarket.ws;

import astra.domain.ConditionId;
import astra.domain.TickSize;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code new_market} message (custom feature): a market was listed, with its tokens. */
public record NewMarket(ConditionId market, Optional<String> id, Optional<String> question, Optional<String> slug,
        List<TokenId> assets, List<String> outcomes, Optional<TickSize> tickSize, Optional<Boolean> active,
        Instant timestamp) implements MarketEvent {
    public NewMarket {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(slug, "slug");
        assets = List.copyOf(assets);
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
