package astra.simulator.event;

import astra.simulator.matching.Side;

/** A market-channel {@code last_trade_price}: the taker's side, the last price and the size on a token. */
public record LastTradePrice(long timestampMillis, String conditionId, String tokenId, long priceMicros,
                             long sizeMicros, Side takerSide) implements VenueEvent {}
