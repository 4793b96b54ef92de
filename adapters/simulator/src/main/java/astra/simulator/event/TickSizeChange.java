package astra.simulator.event;

/** A market-channel {@code tick_size_change} for one token. */
public record TickSizeChange(long timestampMillis, String conditionId, String tokenId, long oldTickMicros,
                             long newTickMicros) implements VenueEvent {}
