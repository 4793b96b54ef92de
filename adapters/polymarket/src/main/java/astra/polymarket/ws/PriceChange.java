package astra.polymarket.ws;

import astra.domain.ConditionId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code price_change} message in any of its schemas, normalised to a list of level changes
 * (possibly for several tokens of the market). {@code hash} is the message-level book hash of
 * the older schemas; the current schema carries a hash per change instead.
 */
public record PriceChange(ConditionId market, List<LevelChange> changes, Optional<String> hash,
        PriceChangeSchema schema, Instant timestamp) implements MarketEvent {
    public PriceChange {
        Objects.requireNonNull(market, "market");
        changes = List.copyOf(changes);
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
