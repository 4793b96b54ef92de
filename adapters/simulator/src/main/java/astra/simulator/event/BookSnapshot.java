package astra.simulator.event;

import astra.simulator.matching.PriceLevel;
import java.util.List;

/** A market-channel {@code book}: every level of one token's book, best first on both sides. */
public record BookSnapshot(long timestampMillis, String conditionId, String tokenId, long tickMicros,
                           List<PriceLevel> bids, List<PriceLevel> asks) implements VenueEvent {
    public BookSnapshot {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }
}
