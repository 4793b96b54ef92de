package astra.simulator.event;

/**
 * The user channel's order statuses that the simulator produces. LIVE: resting; MATCHED: some or
 * all of it traded; CANCELED: cancelled by its owner, expired, killed (FOK/FAK) or removed by a
 * tick change or self-trade prevention (the reason says which); CANCELED_MARKET_RESOLVED: removed
 * because its market closed.
 */
public enum OrderStatus {
    LIVE,
    MATCHED,
    CANCELED,
    CANCELED_MARKET_RESOLVED
}
