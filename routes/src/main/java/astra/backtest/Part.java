package astra.backtest;

import java.util.Locale;

/**
 * Which of a step's parts spent its wall time: a finer account than its {@link Phase}, each part
 * within one phase. A cycle runs every step over every market, while book moves and fills come
 * with the frames, so the throughput benches tell the two apart (docs/benchmarks.md, pipeline).
 */
public enum Part {
    /** The simulator moving its world one step. */
    SIMULATOR(Phase.VENUE),
    /** Market frames (or pre-decoded events) into the books, finding the book moves they make. */
    MARKET_FEED(Phase.FEEDS),
    /** User frames: our fills into the store and the markouts, the channel's liveness. */
    USER_FEED(Phase.FEEDS),
    /** A book move's requote of its market between cycles. */
    BOOK_MOVES(Phase.DECIDE),
    /** The dead-man heartbeat to the venue when due, sent before the cycle. */
    HEARTBEAT(Phase.DECIDE),
    /** The decision cycle over every market: snapshot, facts, rules, active set, quotes. */
    CYCLE(Phase.DECIDE),
    /** The executor on the book moves' commands. */
    BOOK_MOVE_ORDERS(Phase.EXECUTE),
    /** The executor on the cycle's commands. */
    CYCLE_ORDERS(Phase.EXECUTE),
    /** The periodic reconciliation with the venue, and the one after GTD orders expire. */
    RECONCILE(Phase.EXECUTE);

    private final Phase phase;

    Part(Phase phase) {
        this.phase = phase;
    }

    public Phase phase() {
        return phase;
    }

    /** The part's name as the benches print it: "book move orders". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
