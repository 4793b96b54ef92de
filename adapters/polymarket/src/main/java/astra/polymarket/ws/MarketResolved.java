package astra.polymarket.ws;

import astra.domain.ConditionId;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code market_resolved} message (custom feature): the market resolved to one of its tokens. */
public record MarketResolved(ConditionId market, Optional<String> id, List<TokenId> assets, TokenId winningAsset,
        Optional<String> winningOutcome, Instant timestamp) implements MarketEvent {
    public MarketResolved {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(id, "id");
        assets = List.copyOf(assets);
        Objects.requireNonNull(winningAsset, "winningAsset");
        Objects.requireNonNull(winningOutcome, "winningOutcome");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
