package astra.backtest;

/** Where a backtest step spends its wall time. */
public enum Phase {
    /** The simulator moving its world one step (its takers, makers, matching and frames). */
    VENUE,
    /** Our feeds taking the step's frames: books, fills. */
    FEEDS,
    /** The decision cycle: snapshot, facts, rules, active set, quotes. */
    DECIDE,
    /** The executor: firewall, signing, REST calls to the venue, the store. */
    EXECUTE
}
