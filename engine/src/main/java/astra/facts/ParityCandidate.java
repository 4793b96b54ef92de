package astra.facts;

import java.time.Duration;

/**
 * A market the parity scanner could trade: parity reads BOTH books (never one side as 1 - p), so
 * both books' update times are here; whether they are fresh enough is the policy's call.
 *
 * @param yesBookAtMillis when the YES book was last updated, epoch milliseconds
 * @param noBookAtMillis when the NO book was last updated
 * @param observedAtMillis when these facts were assembled (the cycle's clock)
 */
public record ParityCandidate(
        String market, boolean negRisk, long yesBookAtMillis, long noBookAtMillis, long observedAtMillis) {
    public ParityCandidate {
        FactChecks.market(market);
    }

    public Duration yesBookAge() {
        return Duration.ofMillis(Math.max(0, observedAtMillis - yesBookAtMillis));
    }

    public Duration noBookAge() {
        return Duration.ofMillis(Math.max(0, observedAtMillis - noBookAtMillis));
    }

    /** The older of the two books' ages: the one that decides freshness. */
    public Duration olderBookAge() {
        Duration yes = yesBookAge();
        Duration no = noBookAge();
        return yes.compareTo(no) >= 0 ? yes : no;
    }
}
