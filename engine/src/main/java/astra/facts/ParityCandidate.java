package astra.facts;

import java.time.Duration;

/**
 * A market the parity scanner could trade: parity reads BOTH books (never one side as 1 - p), so
 * both books' update times are here; whether they are fresh enough is the policy's call.
 *
 * @param yesBookAtMillis when the YES book was last updated, epoch milliseconds
 * @param noBookAtMillis when the NO book was last updated
 * @param observedAtMillis when these facts were assembled; the fact store keeps them as of their
 *     last change, and a cycle reads them stamped with its own instant ({@link #withObservedAtMillis})
 */
public record ParityCandidate(
        String market, boolean negRisk, long yesBookAtMillis, long noBookAtMillis, long observedAtMillis) {
    public ParityCandidate {
        FactChecks.market(market);
    }

    /** The same facts observed at another instant. */
    public ParityCandidate withObservedAtMillis(long millis) {
        return millis == observedAtMillis ? this : new ParityCandidate(market, negRisk, yesBookAtMillis, noBookAtMillis,
                millis);
    }

    /**
     * Whether the two say the same but for when they were observed; written out, without stamping a
     * copy to compare (asked of every market every cycle). {@code SameButWhenObservedTest} checks that
     * each component but the stamp counts.
     */
    public static boolean sameButWhenObserved(ParityCandidate a, ParityCandidate b) {
        return a.yesBookAtMillis == b.yesBookAtMillis && a.noBookAtMillis == b.noBookAtMillis && a.negRisk == b.negRisk
                && a.market.equals(b.market);
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
