package astra.polymarket.ws;

import astra.domain.ConditionId;
import astra.domain.TickSize;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.Objects;

/** A {@code tick_size_change} message: the token's book starts a new epoch on the new tick. */
public record TickSizeChange(ConditionId market, TokenId asset, TickSize oldTickSize, TickSize newTickSize,
        Instant timestamp) implements MarketEvent {
    public TickSizeChange {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(oldTickSize, "oldTickSize");
        Objects.requireNonNull(newTickSize, "newTickSize");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
