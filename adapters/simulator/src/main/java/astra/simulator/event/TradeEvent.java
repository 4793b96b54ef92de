package astra.simulator.event;

import astra.simulator.matching.Trade;

/** A user-channel {@code trade} message: the match and its settlement status now. */
public record TradeEvent(long timestampMillis, TradeStatus status, Trade trade) implements VenueEvent {}
