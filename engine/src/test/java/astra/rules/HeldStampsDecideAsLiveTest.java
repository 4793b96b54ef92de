package astra.rules;

import static astra.rules.RulesTestSupport.shippedRulesDir;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import astra.facts.InventoryFacts;
import astra.facts.MarketFacts;
import astra.facts.MarkoutFacts;
import astra.facts.ParityCandidate;
import astra.time.VirtualClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A long-lived engine, which holds facts' stamps while their times stay between the same policy
 * durations and keeps its rules session across cycles, decides exactly as a new engine given the
 * same facts stamped at the cycle's instant — cycle after cycle, while time moves across the
 * thresholds with no other change (closes, proposals, challenge windows, stale books and feeds, a
 * silent user channel) and facts change now and then.
 */
class HeldStampsDecideAsLiveTest {
    private static final Instant START = Instant.parse("2026-05-01T12:00:00Z");
    private static final long STEP_MILLIS = 250;
    private static RuleSet shipped;

    @BeforeAll
    static void compileShippedRules() throws Exception {
        shipped = new RuleSetCompiler(Clock.fixed(START, ZoneOffset.UTC)).compile(shippedRulesDir());
    }

    @Test
    void heldStampsAndAKeptSession_decideAsFreshFactsOnAFreshSession_whileTimeCrossesEveryThreshold() {
        World world = new World(new Random(11), 48);
        VirtualClock clock = new VirtualClock(START); // both engines read it for the decisions' instant
        Set<MarketState> statesSeen = EnumSet.noneOf(MarketState.class);
        Map<ConditionId, MarketState> stateBefore = new HashMap<>();
        int changedByTimeAlone = 0;
        try (DecisionEngine kept = new DecisionEngine(() -> shipped, new QuoteabilityScorer(), clock)) {
            for (int cycle = 0; cycle < 1_600; cycle++) {
                clock.advance(Duration.ofMillis(STEP_MILLIS));
                long now = clock.millis();
                Set<String> touched = world.step(now);
                DecisionInputs inputs = world.inputs(now);

                MarketDecisions decided = kept.decide(inputs);
                MarketDecisions fresh;
                try (DecisionEngine own = new DecisionEngine(() -> shipped, new QuoteabilityScorer(), clock)) {
                    fresh = own.decide(inputs);
                }

                assertThat(decided).as("cycle %d", cycle).isEqualTo(fresh);
                for (Map.Entry<ConditionId, MarketDecision> e : decided.markets().entrySet()) {
                    MarketState state = e.getValue().state();
                    statesSeen.add(state);
                    MarketState before = stateBefore.put(e.getKey(), state);
                    if (before != null && before != state && !touched.contains(e.getKey().value())) {
                        changedByTimeAlone++;
                    }
                }
            }
        }
        assertThat(statesSeen).contains(MarketState.NORMAL, MarketState.WATCH, MarketState.CLOSE_WINDOW,
                MarketState.CLOSED, MarketState.HALTED);
        // Markets whose facts did not change but whose state did: time crossed a threshold on its own.
        assertThat(changedByTimeAlone).isGreaterThan(20);
    }

    /**
     * Markets placed so that, over the run's 400 s, their times cross the shipped policy's durations:
     * closes 15 min, 1 h, 6 h and 24 h away give or take two minutes, or a minute; proposals and
     * challenge windows a few minutes off; books that go quiet for up to 20 s; a channel that stalls.
     */
    private static final class World {
        private final Random random;
        private final List<Market> markets = new ArrayList<>();
        private long userMessageAt;
        private int heartbeatFailures;
        private BigDecimal errorRate = BigDecimal.ZERO;
        private long channelAt;
        private long channelStalledUntil;

        World(Random random, int count) {
            this.random = random;
            long start = START.toEpochMilli();
            long[] closeOffsets = {900_000, 3_600_000, 21_600_000, 86_400_000, 60_000, 7 * 86_400_000L};
            for (int i = 0; i < count; i++) {
                long closes = start + closeOffsets[i % closeOffsets.length] + random.nextInt(240_000) - 60_000;
                long proposal = i % 7 == 3 ? start + 900_000 + random.nextInt(240_000) : closes + 7_200_000;
                long challenge = i % 11 == 5 ? start + random.nextInt(300_000) : Math.max(proposal, closes + 14_400_000);
                markets.add(new Market("0x" + Integer.toHexString(1000 + i), "c" + (i % 9), i % 13 == 0, closes,
                        proposal, challenge, i % 3 == 0, start - random.nextInt(3_000)));
            }
            userMessageAt = start;
            channelAt = start;
        }

        /** Moves the world to {@code now}; returns the markets whose facts (not their stamps) changed. */
        Set<String> step(long now) {
            Set<String> touched = new java.util.HashSet<>();
            for (Market m : markets) {
                // Some books are busy, some go quiet for long enough to be stale.
                int odds = m.quietUntil > now ? 0 : m.busy ? 4 : 40;
                if (odds > 0 && random.nextInt(odds) == 0) {
                    m.bookAt = now;
                    if (random.nextInt(3) == 0) {
                        m.bid = 400_000 + 10_000 * random.nextInt(5);
                    }
                    touched.add(m.id);
                }
                if (random.nextInt(800) == 0) {
                    m.quietUntil = now + 3_000 + random.nextInt(20_000);
                }
                if (random.nextInt(6) == 0) {
                    m.yesAt = now;
                }
                if (random.nextInt(9) == 0) {
                    m.noAt = now;
                }
                if (random.nextInt(400) == 0) {
                    m.position = random.nextInt(4_000_000) - 2_000_000;
                    touched.add(m.id);
                }
                if (random.nextInt(500) == 0) {
                    m.makerFills = random.nextInt(40);
                    m.markoutBps = new BigDecimal(random.nextInt(80) - 60);
                    m.tStat = new BigDecimal(random.nextInt(8) - 5);
                    touched.add(m.id);
                }
                if (random.nextInt(3_000) == 0) {
                    m.connected = !m.connected;
                    touched.add(m.id);
                }
            }
            if (channelStalledUntil <= now) {
                channelAt = now - random.nextInt(200);
                if (random.nextInt(400) == 0) {
                    channelStalledUntil = now + 4_000 + random.nextInt(8_000);
                }
            }
            if (random.nextInt(30) == 0 || now - userMessageAt > 25_000) {
                userMessageAt = now;
            }
            if (random.nextInt(300) == 0) {
                heartbeatFailures = random.nextInt(3);
            }
            if (random.nextInt(300) == 0) {
                errorRate = new BigDecimal(random.nextInt(30)).movePointLeft(2);
            }
            return touched;
        }

        DecisionInputs inputs(long now) {
            List<MarketFacts> facts = new ArrayList<>();
            List<InventoryFacts> inventory = new ArrayList<>();
            List<MarkoutFacts> markouts = new ArrayList<>();
            List<ParityCandidate> parity = new ArrayList<>();
            for (Market m : markets) {
                facts.add(new MarketFacts(m.id, m.cluster, m.negRisk, 10_000, m.bid, 480_000, (m.bid + 480_000) / 2,
                        400_000_000, 400_000_000, 30, m.bookAt, m.followsChannel, channelAt, m.connected, m.closes,
                        m.proposal, m.challenge, now));
                inventory.add(new InventoryFacts(m.id, m.position, Math.abs(m.position) * 5, 0));
                markouts.add(new MarkoutFacts(m.id, m.makerFills, m.markoutBps, m.tStat));
                parity.add(new ParityCandidate(m.id, m.negRisk, m.yesAt, m.noAt, now));
            }
            AccountHealth account = new AccountHealth(Duration.ofMillis(now - userMessageAt), heartbeatFailures,
                    errorRate);
            return new DecisionInputs(facts, inventory, markouts, List.of(), parity, List.of(), account,
                    100_000_000L, 0);
        }
    }

    private static final class Market {
        final String id;
        final String cluster;
        final boolean negRisk;
        final long closes;
        final long proposal;
        final long challenge;
        final boolean followsChannel;
        final boolean busy;
        long bookAt;
        long yesAt;
        long noAt;
        long quietUntil;
        long bid = 450_000;
        long position;
        int makerFills;
        BigDecimal markoutBps = BigDecimal.ZERO;
        BigDecimal tStat = BigDecimal.ZERO;
        boolean connected = true;

        Market(String id, String cluster, boolean negRisk, long closes, long proposal, long challenge,
                boolean followsChannel, long bookAt) {
            this.id = id;
            this.cluster = cluster;
            this.negRisk = negRisk;
            this.closes = closes;
            this.proposal = proposal;
            this.challenge = challenge;
            this.followsChannel = followsChannel;
            this.busy = id.hashCode() % 2 == 0;
            this.bookAt = bookAt;
            this.yesAt = bookAt;
            this.noAt = bookAt;
        }
    }
}
