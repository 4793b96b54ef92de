package astra.bench;

/**
 * How long to measure: warmup rounds (timed but discarded, for the JIT) then measured rounds. In
 * every round both workloads of a pair run once each, their order swapped from round to round.
 */
public record Rounds(int warmup, int measured) {
    public Rounds {
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup rounds must not be negative, was " + warmup);
        }
        if (measured < 1) {
            throw new IllegalArgumentException("at least one measured round is needed, was " + measured);
        }
    }
}
