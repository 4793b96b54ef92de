package astra.simulator.event;

import astra.simulator.matching.Side;

/**
 * A market-channel {@code price_change} entry: the new size of one level (0 removes it), with the
 * token's best bid and ask after the change (0 when that side is empty).
 */
public record PriceLevelChange(long timestampMillis, String conditionId, String tokenId, Side side,
                               long priceMicros, long newSizeMicros, long bestBidMicros, long bestAskMicros)
        implements VenueEvent {}
