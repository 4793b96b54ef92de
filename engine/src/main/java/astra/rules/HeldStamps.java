package astra.rules;

import astra.domain.ConditionId;
import astra.facts.MarketFacts;
import astra.facts.ParityCandidate;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.LongStream;

/**
 * The instant each fact is stamped with for the rules. The rules compare a fact's clocks (time to
 * close, to the expected proposal, to the challenge window) with the policy's durations or zero, and
 * its ages (of the market data, of each book, the user channel's silence) with the policy's
 * durations, nothing else ({@link RuleTextCheck} refuses the rest). Between two of those thresholds
 * every such comparison comes out the same, so a fact whose values did not change (its times aside:
 * the stamps, a book's data or update time) and whose every time still lies between the same two
 * thresholds is handed to the rules as it was last time, stamps and all: equal to the fact the
 * rules' session already holds, so the session leaves it and the decisions it justified alone. The
 * decisions are the same as with every fact stamped at the cycle's instant (the engine's tests
 * check the two against each other), as long as the rules' texts do not carry a time that moves
 * (they name the close, or the limit).
 *
 * <p>Zero is a threshold for the clocks, where "closed" is a time to close of zero, but not for the
 * ages: a market's data is often exactly as old as the cycle, often a few milliseconds older, and a
 * threshold at zero would re-stamp it every other cycle for a comparison no rule makes.
 *
 * <p>A fact is re-stamped when any of its values changed, when one of its times crosses or
 * reaches a threshold, and when the policy's durations change. Owned by the decision thread.
 */
final class HeldStamps {
    private long[] clockThresholds = new long[0];
    private long[] ageThresholds = new long[0];
    private Policy policy;
    private SortedSet<Duration> durations;
    private final Map<String, MarketFacts> markets = new HashMap<>();
    private final Map<String, ParityCandidate> candidates = new HashMap<>();
    private final Map<ConditionId, MarketFeedAge> feedAges = new HashMap<>();
    private AccountHealth account;

    /** Starts over (every fact re-stamped) when the policy's durations differ from the last cycle's. */
    void usePolicy(Policy policy) {
        if (policy == this.policy) {
            return; // a rule set's policy does not change; its durations are walked once, not every cycle
        }
        this.policy = policy;
        SortedSet<Duration> now = policy.durations();
        if (now.equals(durations)) {
            return;
        }
        durations = now;
        ageThresholds = now.stream().mapToLong(Duration::toNanos).toArray();
        clockThresholds = LongStream.concat(LongStream.of(0), Arrays.stream(ageThresholds)).distinct().sorted()
                .toArray();
        markets.clear();
        candidates.clear();
        feedAges.clear();
        account = null;
    }

    /** The market's facts as the rules get them: {@code live} (stamped at the cycle), or as held. */
    MarketFacts market(MarketFacts live) {
        MarketFacts held = markets.get(live.market());
        // The times in milliseconds, as the facts' Duration accessors count them, without making the Durations.
        if (held != null && MarketFacts.sameButTimes(held, live)
                && sameSide(until(held, held.closesAtMillis()), until(live, live.closesAtMillis()), clockThresholds)
                && sameSide(until(held, held.expectedProposalAtMillis()), until(live, live.expectedProposalAtMillis()),
                        clockThresholds)
                && sameSide(until(held, held.challengeWindowStartsAtMillis()),
                        until(live, live.challengeWindowStartsAtMillis()), clockThresholds)
                && sameSide(since(held, held.lastMarketDataAtMillis()), since(live, live.lastMarketDataAtMillis()),
                        ageThresholds)) {
            return held;
        }
        markets.put(live.market(), live);
        return live;
    }

    /** The market's feed age as the rules get it: as last given while on the same side of every threshold. */
    MarketFeedAge feedAge(MarketFeedAge live) {
        MarketFeedAge held = feedAges.get(live.market());
        if (held != null && sameSide(held.age(), live.age(), ageThresholds)) {
            return held;
        }
        feedAges.put(live.market(), live);
        return live;
    }

    /** A parity candidate is its two books' ages and what it is: its books' update times are times too. */
    ParityCandidate candidate(ParityCandidate live) {
        ParityCandidate held = candidates.get(live.market());
        if (held != null && held.negRisk() == live.negRisk()
                && sameSide(Math.max(0, held.observedAtMillis() - held.yesBookAtMillis()),
                        Math.max(0, live.observedAtMillis() - live.yesBookAtMillis()), ageThresholds)
                && sameSide(Math.max(0, held.observedAtMillis() - held.noBookAtMillis()),
                        Math.max(0, live.observedAtMillis() - live.noBookAtMillis()), ageThresholds)) {
            return held;
        }
        candidates.put(live.market(), live);
        return live;
    }

    AccountHealth account(AccountHealth live) {
        AccountHealth held = account;
        if (held != null && held.consecutiveHeartbeatFailures() == live.consecutiveHeartbeatFailures()
                && held.recentErrorRate().equals(live.recentErrorRate())
                && sameSide(held.userChannelSilence(), live.userChannelSilence(), ageThresholds)) {
            return held;
        }
        account = live;
        return live;
    }

    /** Milliseconds from the facts' observation to {@code atMillis}, never negative (as {@link MarketFacts#timeToClose}). */
    private static long until(MarketFacts f, long atMillis) {
        return Math.max(0, atMillis - f.observedAtMillis());
    }

    /** Milliseconds from {@code atMillis} to the facts' observation, never negative (as {@link MarketFacts#marketDataAge}). */
    private static long since(MarketFacts f, long atMillis) {
        return Math.max(0, f.observedAtMillis() - atMillis);
    }

    /** Whether every comparison with a threshold comes out the same for both. */
    private static boolean sameSide(Duration a, Duration b, long[] thresholds) {
        return a.equals(b) || side(a.getSeconds() * 1_000_000_000L + a.getNano(), thresholds)
                == side(b.getSeconds() * 1_000_000_000L + b.getNano(), thresholds);
    }

    /** The same for two times in milliseconds. */
    private static boolean sameSide(long aMillis, long bMillis, long[] thresholds) {
        return aMillis == bMillis || side(nanos(aMillis), thresholds) == side(nanos(bMillis), thresholds);
    }

    /** Milliseconds as nanoseconds, a time beyond 292 years counted as 292 years (past any policy's duration). */
    private static long nanos(long millis) {
        return Math.min(millis, Long.MAX_VALUE / 1_000_000L) * 1_000_000L;
    }

    /** Twice the number of thresholds below the time, plus one when it equals a threshold. */
    private static int side(long nanos, long[] thresholds) {
        int lo = 0;
        int hi = thresholds.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long t = thresholds[mid];
            if (t < nanos) {
                lo = mid + 1;
            } else if (t > nanos) {
                hi = mid - 1;
            } else {
                return 2 * mid + 1;
            }
        }
        return 2 * lo;
    }
}
