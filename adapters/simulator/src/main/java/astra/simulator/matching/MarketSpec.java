package astra.simulator.matching;

import java.util.Objects;

/**
 * The static description of one binary market: its condition id, its YES and NO outcome tokens,
 * its opening tick, minimum resting size, taker fee schedule, and the negRisk event it belongs to
 * ("" for a standalone market).
 */
public record MarketSpec(String conditionId, String yesToken, String noToken, Tick tick,
                         long minOrderSizeMicros, FeeSchedule fees, String negRiskEventId) {
    public MarketSpec {
        Objects.requireNonNull(conditionId, "conditionId");
        Objects.requireNonNull(yesToken, "yesToken");
        Objects.requireNonNull(noToken, "noToken");
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(negRiskEventId, "negRiskEventId");
        if (yesToken.equals(noToken)) {
            throw new IllegalArgumentException("YES and NO tokens must differ: " + yesToken);
        }
        if (minOrderSizeMicros < 0) {
            throw new IllegalArgumentException("minimum order size must not be negative");
        }
    }

    public boolean negRisk() {
        return !negRiskEventId.isEmpty();
    }
}
