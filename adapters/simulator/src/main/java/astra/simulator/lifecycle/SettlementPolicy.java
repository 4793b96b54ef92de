package astra.simulator.lifecycle;

import astra.simulator.matching.Trade;
import java.util.SplittableRandom;

/** Decides, when a trade is matched, whether its settlement will fail. */
@FunctionalInterface
public interface SettlementPolicy {
    boolean willFail(Trade trade);

    static SettlementPolicy neverFail() {
        return trade -> false;
    }

    static SettlementPolicy alwaysFail() {
        return trade -> true;
    }

    /** Fails each trade independently with probability {@code failureRate}, reproducibly for a seed. */
    static SettlementPolicy seeded(long seed, double failureRate) {
        if (failureRate < 0 || failureRate > 1) {
            throw new IllegalArgumentException("failure rate must be in [0, 1], was " + failureRate);
        }
        SplittableRandom random = new SplittableRandom(seed);
        return trade -> random.nextDouble() < failureRate;
    }
}
