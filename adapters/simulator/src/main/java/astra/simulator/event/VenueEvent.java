package astra.simulator.event;

/** Anything the venue publishes, with the virtual time it happened. */
public sealed interface VenueEvent
        permits OrderEvent, TradeEvent, BookSnapshot, PriceLevelChange, LastTradePrice, TickSizeChange, MarketResolved {
    long timestampMillis();
}
