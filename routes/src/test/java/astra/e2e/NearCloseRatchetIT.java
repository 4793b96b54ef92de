package astra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import astra.backtest.StepView;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.Shares;
import astra.rules.MarketDecision;
import astra.rules.MarketState;
import astra.runtime.CycleTrace;
import astra.runtime.ExecutorCommand;
import astra.runtime.MakerLoop;
import astra.simulator.scenario.Scenario;
import astra.strategy.quote.TargetQuote;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A market whose scheduled close falls inside the run walks NORMAL → WATCH → CLOSE_WINDOW →
 * CLOSED by its time to close; under WATCH its quote sizes are cut by the ratchet and never grow
 * back as the close nears; from the close window on nothing of ours rests at the venue in it and no
 * order is sent to it. A market that does not close in the run stays NORMAL at full size throughout.
 *
 * <p>To keep the venue time short the test runs the shipped rules with a copy of policy.yaml whose
 * close thresholds are scaled from days to minutes, keeping the ordering the policy requires
 * (ratchet steps strictly decreasing, each at most watch-seconds and above close-window-seconds,
 * multipliers never rising): watch 285 s; ratchet 0.75 within 285 s, 0.50 within 240 s, 0.25 within
 * 195 s; close window 150 s. The market closes 6 minutes into the run, so it is NORMAL for the
 * first 75 s, then each ratchet step lasts 45 s, then 150 s of close window. The close window is
 * kept above two minutes because no GTD order can be quoted closer to the close than that: its
 * expiration must be at least 70 s out (venue threshold 60 s + safety buffer 10 s) and at least
 * 60 s before the close ({@code GtdExpiry}), so a ratchet step inside two minutes would never quote.
 * Decisions every 500 ms (not 250) halve the steps; the states and sizes do not depend on it.
 *
 * <p>Quote size is the quoter's base size (20 shares) times the cap multiplier: 20 × 0.75 = 15,
 * 20 × 0.50 = 10, 20 × 0.25 = 5 shares (all whole, so flooring to the size decimals changes nothing).
 *
 * <p>The copy also allows 30 s (not 5 s) of book silence before a market's feed counts as stale, and
 * 120 s (not 15 s) of user-channel silence before the account counts as blind: the simulator's
 * two-market crowd can leave a book unchanged for more than 5 s, and a watched market with small
 * quotes can go 15 s without an order event (the user channel has no heartbeat of its own), and the
 * HALTED state those breakers flicker in is not what this test is about.
 */
class NearCloseRatchetIT {
    private static final Duration CLOSE_AT = Duration.ofMinutes(6);
    /**
     * After the close window's first cycle, how long its cancels may take to reach the venue: one
     * refused for want of mutation budget is asked again after {@link MakerLoop#CANCEL_RETRY}.
     */
    private static final Duration CANCEL_GRACE = MakerLoop.CANCEL_RETRY.plusSeconds(1);

    @TempDir
    Path temp;

    private record Step(Instant at, Duration toClose, MarketState state, BigDecimal capMultiplier,
            Optional<Shares> planSize, List<Shares> submitted, int restingAtVenue, MarketState otherState,
            Optional<Shares> otherPlanSize, List<String> because, List<String> planReasons) {}

    @Test
    @Timeout(300)
    void marketNearingItsClose_ratchetsItsSizesDown_thenStopsAndLeavesNothingResting() throws Exception {
        Path rules = BacktestHarness.rulesWithPolicy(Files.createDirectories(temp.resolve("rules")),
                "close-window-seconds: 900", "close-window-seconds: 150",
                "watch-seconds: 86400", "watch-seconds: 285",
                "within-seconds: 86400", "within-seconds: 285",
                "within-seconds: 21600", "within-seconds: 240",
                "within-seconds: 3600", "within-seconds: 195",
                "market-feed-stale-seconds: 5", "market-feed-stale-seconds: 30",
                "user-channel-blind-seconds: 15", "user-channel-blind-seconds: 120");
        Scenario scenario = BacktestHarness.scenario(temp, "closing", """
                run:
                  duration: 10m
                markets:
                  standalone: 2
                  negRiskEvents: 0
                beliefs:
                  jumps:
                    perHour: 0
                takers:
                  informed:
                    share: 0
                closes:
                  standalone: 0
                  events: 0
                  at: [6m]
                """ + BacktestHarness.NO_SURPRISES);
        List<Step> steps = new ArrayList<>();
        Path db = Files.createDirectories(temp.resolve("db"));
        Market[] closing = new Market[1];
        Market[] other = new Market[1];
        Properties halfSecond = new Properties();
        halfSecond.setProperty("astra.decision.period-ms", "500");
        try (BacktestHarness h = BacktestHarness.start(scenario, 5L, rules, db, halfSecond,
                (view, self) -> view.cycle().ifPresent(c -> steps.add(step(view, c, self, closing[0], other[0]))))) {
            Instant start = h.world().clock().instant();
            List<Market> closes = h.world().universe().all().stream()
                    .filter(m -> m.clocks().closesAt().isBefore(start.plus(Duration.ofMinutes(10)))).toList();
            assertThat(closes).as("markets closing in the run").hasSize(1);
            closing[0] = closes.get(0);
            other[0] = h.world().universe().all().stream().filter(m -> m != closing[0]).findFirst().orElseThrow();
            assertThat(Duration.between(start, closing[0].clocks().closesAt())).isEqualTo(CLOSE_AT);
            h.runFor(CLOSE_AT.plusSeconds(20));
        }

        // The state follows the time to close, in order, each for its span.
        List<MarketState> order = new ArrayList<>();
        for (Step s : steps) {
            if (order.isEmpty() || order.get(order.size() - 1) != s.state()) {
                order.add(s.state());
            }
            assertThat(s.state()).as("state at " + s.toClose() + " to close, because " + s.because())
                    .isEqualTo(expectedState(s.toClose()));
            assertThat(s.otherState()).as("the market closing in a year, at " + s.at()).isEqualTo(MarketState.NORMAL);
            s.otherPlanSize().ifPresent(v -> assertThat(v).as("the other market's size at " + s.at())
                    .isEqualTo(Shares.whole(20)));
        }
        assertThat(steps.stream().filter(s -> s.otherPlanSize().isPresent()).count())
                .as("cycles quoting the other market").isGreaterThan(steps.size() / 2);
        assertThat(order).containsExactly(MarketState.NORMAL, MarketState.WATCH, MarketState.CLOSE_WINDOW,
                MarketState.CLOSED);

        // Sizes: full before the watch, cut by the ratchet's multiplier inside it, never growing.
        // (A cycle that waited for the previous cycle's orders has no plans; those are skipped.)
        Optional<Shares> previous = Optional.empty();
        Map<BigDecimal, Integer> quotedPerStep = new TreeMap<>();
        int watchedAndResting = 0;
        for (Step s : steps) {
            if (s.state() == MarketState.NORMAL || s.state() == MarketState.WATCH) {
                BigDecimal multiplier = expectedMultiplier(s.toClose());
                assertThat(s.capMultiplier()).as("cap multiplier at " + s.toClose()).isEqualByComparingTo(multiplier);
                Shares size = Shares.of(new BigDecimal("20").multiply(multiplier));
                for (Shares sent : s.submitted()) {
                    assertThat(sent).as("order size sent at " + s.toClose()).isLessThanOrEqualTo(size);
                }
                if (s.planSize().isPresent()) {
                    assertThat(s.planSize().get()).as("quote size at " + s.toClose() + " to close").isEqualTo(size);
                    previous.ifPresent(p -> assertThat(s.planSize().get()).as("size at " + s.toClose())
                            .isLessThanOrEqualTo(p));
                    previous = s.planSize();
                    quotedPerStep.merge(multiplier, 1, Integer::sum);
                }
                if (s.state() == MarketState.WATCH && s.restingAtVenue() > 0) {
                    watchedAndResting++;
                }
            }
        }
        assertThat(quotedPerStep).as("cycles quoted under each multiplier; last watched cycles: " + steps.stream()
                .filter(s -> s.state() == MarketState.WATCH).skip(Math.max(0, steps.stream()
                        .filter(s -> s.state() == MarketState.WATCH).count() - 3))
                .map(s -> s.toClose() + " " + s.because() + " " + s.planReasons()).toList()).containsOnlyKeys(new BigDecimal("0.25"),
                new BigDecimal("0.50"), new BigDecimal("0.75"), BigDecimal.ONE);
        assertThat(watchedAndResting).as("cycles with our orders resting in the watched market").isPositive();

        // From the close window on: no order sent, and (after the cancels' round trip) nothing rests.
        Instant window = steps.stream().filter(s -> s.state() == MarketState.CLOSE_WINDOW).findFirst().orElseThrow().at();
        for (Step s : steps) {
            if (!s.at().isBefore(window)) {
                assertThat(s.submitted()).as("orders sent at " + s.toClose() + " to close").isEmpty();
                assertThat(s.planSize()).as("plan at " + s.toClose()).isEmpty();
                if (!s.at().isBefore(window.plus(CANCEL_GRACE))) {
                    assertThat(s.restingAtVenue()).as("our orders resting at the venue at " + s.toClose() + " to close")
                            .isZero();
                }
            }
        }
    }

    /** The state machine of market-state.drl under the test's policy. */
    private static MarketState expectedState(Duration toClose) {
        long s = toClose.toMillis();
        if (s == 0) {
            return MarketState.CLOSED;
        }
        if (s <= 150_000) {
            return MarketState.CLOSE_WINDOW;
        }
        return s <= 285_000 ? MarketState.WATCH : MarketState.NORMAL;
    }

    /** The tightest ratchet step whose within-seconds is at least the time left; 1 outside the watch. */
    private static BigDecimal expectedMultiplier(Duration toClose) {
        long s = toClose.toMillis();
        if (s <= 195_000) {
            return new BigDecimal("0.25");
        }
        if (s <= 240_000) {
            return new BigDecimal("0.50");
        }
        return s <= 285_000 ? new BigDecimal("0.75") : BigDecimal.ONE;
    }

    private static Step step(StepView view, CycleTrace c, BacktestHarness h, Market closing, Market other) {
        ConditionId id = closing.conditionId();
        MarketDecision d = c.decisions().markets().get(id);
        if (d == null) {
            throw new AssertionError("the cycle at " + view.at() + " saw no market " + id.value());
        }
        Duration toClose = closing.clocks().timeToClose(h.world().clock());
        List<Shares> submitted = new ArrayList<>();
        for (ExecutorCommand cmd : c.commands()) {
            if (cmd instanceof ExecutorCommand.Submit s) {
                s.requests().stream().filter(r -> r.market().conditionId().equals(id))
                        .forEach(r -> submitted.add(r.intent().size()));
            }
        }
        int resting = (int) h.ourOpenOrdersAtTheVenue().stream().filter(o -> o.conditionId().equals(id.value())).count();
        return new Step(view.at(), toClose, d.state(), d.capMultiplier(), size(c, id), submitted, resting,
                c.decisions().of(other.conditionId()).state(), size(c, other.conditionId()), d.reasonCodes(),
                Optional.ofNullable(c.plans().get(id)).map(q -> q.plan().reasons()).orElse(List.of("no plan")));
    }

    /** The size of the market's planned quotes (both sides are sized alike), if it has any. */
    private static Optional<Shares> size(CycleTrace c, ConditionId id) {
        return Optional.ofNullable(c.plans().get(id)).flatMap(q -> q.plan().quotes().stream().findFirst())
                .map(TargetQuote::size);
    }
}
