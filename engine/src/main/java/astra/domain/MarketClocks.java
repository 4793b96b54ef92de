package astra.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The three clocks of a market. Trading risk depends on which of them is near, so Astra never
 * speaks of "hours to expiry":
 * <ul>
 *   <li>{@code closesAt}: when trading in the market stops (the event happens, or the market's end);
 *   <li>{@code expectedProposalAt}: when a resolution is expected to be proposed;
 *   <li>{@code challengeWindowStartsAt}: when the proposal's challenge (dispute) window opens.
 * </ul>
 * Durations are read against an injected {@link Clock} and are never negative.
 */
public record MarketClocks(Instant closesAt, Instant expectedProposalAt, Instant challengeWindowStartsAt) {

    public MarketClocks {
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(expectedProposalAt, "expectedProposalAt");
        Objects.requireNonNull(challengeWindowStartsAt, "challengeWindowStartsAt");
        if (expectedProposalAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("a proposal cannot be expected before the market closes");
        }
        if (challengeWindowStartsAt.isBefore(expectedProposalAt)) {
            throw new IllegalArgumentException("the challenge window cannot open before the proposal");
        }
    }

    /** Clocks for a market whose proposal is expected at close and challenged right after. */
    public static MarketClocks closingAt(Instant closesAt) {
        return new MarketClocks(closesAt, closesAt, closesAt);
    }

    public Duration timeToClose(Clock clock) {
        return until(closesAt, clock);
    }

    public Duration timeToExpectedProposal(Clock clock) {
        return until(expectedProposalAt, clock);
    }

    public Duration timeToChallengeWindow(Clock clock) {
        return until(challengeWindowStartsAt, clock);
    }

    public boolean isClosed(Clock clock) {
        return !clock.instant().isBefore(closesAt);
    }

    private static Duration until(Instant when, Clock clock) {
        Duration d = Duration.between(clock.instant(), when);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
