package astra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import astra.backtest.StepView;
import astra.domain.Book;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.Price;
import astra.execution.CanonicalMid;
import astra.execution.GtdExpiry;
import astra.execution.MidFallbackCounters;
import astra.execution.MidQuote;
import astra.runtime.AstraRuntime;
import astra.runtime.CycleTrace;
import astra.runtime.DecisionPermissions;
import astra.simulator.scenario.Scenario;
import astra.strategy.Inventory;
import astra.strategy.QuotePermissions;
import astra.strategy.quote.InventoryAwareQuoter;
import astra.strategy.quote.QuoteContext;
import astra.strategy.quote.QuotePlan;
import astra.strategy.quote.QuoterSettings;
import astra.strategy.quote.TargetQuote;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over a backtest whose fills build inventory, every plan the quoter made while we held net long
 * YES sits at or below the plan the same quoter makes for the same book, clock and permissions
 * with flat inventory (the control), and strictly below on the bid when the inventory is material;
 * net long NO mirrors it upwards.
 *
 * <p>The control is recomputed in the test with the production quoter and settings. To be sure
 * the context is the one the loop used, the plan is first recomputed with the traced inventory
 * and must equal the traced plan; plans that do not reproduce (a market whose markouts made the
 * loop widen for toxicity, which the test cannot see) are left out and counted.
 *
 * <p>"Material": the flat plan's raw bid is at least one tick above the skewed plan's raw bid, so
 * rounding down to the tick cannot hide the shift; and the flat bid was not moved by the book guard
 * (which only ever lowers a bid, and would lower both to the same price). Mirror for the ask.
 *
 * <p>Both signs occur in the run, but only the side the inventory random-walks further on gets
 * material: the skew is γσ²τ = 0.0003 × 0.35² × 24 h ≈ 0.00088 logit per share, and a tick of 0.01
 * is 0.04 logit at a mid of 0.5 (about 45 shares) and more away from it; which side gets there
 * depends on the run's fills (with a one-tick churn count it was long YES, over a rolling minute it
 * is long NO). So the strict check applies to every material plan of either side, and enough
 * material plans are asked for in all.
 */
class InventorySkewIT {
    @TempDir
    Path temp;

    @Test
    @Timeout(300)
    void quotesMadeWithInventory_areSkewedAwayFromIt_againstTheFlatPlanForTheSameBook() throws Exception {
        // No informed flow and no jumps: the loop has no reason to widen for toxicity, so nearly all
        // plans reproduce; noise takers fill both sides and the inventory random-walks both ways.
        Scenario scenario = BacktestHarness.scenario(temp, "skew", """
                run:
                  duration: 10m
                markets:
                  standalone: 2
                  negRiskEvents: 0
                beliefs:
                  jumps:
                    perHour: 0
                takers:
                  perMinute: 60
                  informed:
                    share: 0
                closes:
                  standalone: 0
                  events: 0
                """ + BacktestHarness.NO_SURPRISES);
        Counts counts = new Counts();
        Path db = Files.createDirectories(temp.resolve("db"));
        try (BacktestHarness h = BacktestHarness.start(scenario, 7L, BacktestHarness.shippedRules(), db,
                new Properties(), (view, self) -> view.cycle().ifPresent(c -> check(view, c, self, counts)))) {
            h.runFor(Duration.ofMinutes(8));
        }

        assertThat(counts.failures).as("plans not skewed the right way").isEmpty();
        assertThat(counts.longYes).as("plans made with net long YES; " + counts).isGreaterThanOrEqualTo(50);
        assertThat(counts.materialLongYes + counts.materialLongNo)
                .as("material plans, each strictly skewed (long YES a lower bid, long NO a higher ask); " + counts)
                .isGreaterThanOrEqualTo(10);
        assertThat(counts.longNo).as("plans made with net long NO; " + counts).isGreaterThanOrEqualTo(50);
        assertThat(counts.notReproduced).as("plans the test could not reproduce (at most a tenth); " + counts)
                .isLessThanOrEqualTo((counts.longYes + counts.longNo) / 10);
    }

    /** Tallies over the run; the failures say which plan broke the rule. */
    private static final class Counts {
        long longYes;
        long materialLongYes;
        long longNo;
        long materialLongNo;
        long notReproduced;
        BigDecimal largestLong = BigDecimal.ZERO;
        BigDecimal largestShort = BigDecimal.ZERO;
        final List<String> failures = new ArrayList<>();

        @Override
        public String toString() {
            return "long YES " + longYes + " (material " + materialLongYes + "), long NO " + longNo + " (material "
                    + materialLongNo + "), not reproduced " + notReproduced + "; largest net YES " + largestLong
                    + ", largest net NO " + largestShort;
        }
    }

    private static void check(StepView view, CycleTrace cycle, BacktestHarness h, Counts counts) {
        InventoryAwareQuoter quoter = new InventoryAwareQuoter(h.world().clock(), QuoterSettings.defaults(),
                new GtdExpiry(h.world().clock()));
        CanonicalMid mids = new CanonicalMid(h.world().clock(), AstraRuntime.MID_MAX_AGE, new MidFallbackCounters());
        for (Map.Entry<ConditionId, CycleTrace.Quoted> e : cycle.plans().entrySet()) {
            CycleTrace.Quoted quoted = e.getValue();
            long q = quoted.inventory().netYesMicros();
            if (q == 0 || quoted.plan().trace().isEmpty()) {
                continue;
            }
            Market m = h.world().universe().all().stream().filter(x -> x.conditionId().equals(e.getKey()))
                    .findFirst().orElseThrow();
            Book yes = view.snapshot().book(m.yesToken()).orElseThrow();
            Book no = view.snapshot().book(m.noToken()).orElseThrow();
            // Fair value read the book less our own orders then resting, as traced.
            Book others = quoted.othersYes();
            MidQuote mid = mids.of(others, view.snapshot().lastTrade(m.yesToken()));
            QuotePermissions permissions = DecisionPermissions.quote(cycle.decisions().of(m.conditionId()));
            QuotePlan again = quoter.quote(new QuoteContext(m, yes, no, others, mid, quoted.inventory(), permissions,
                    BigDecimal.ZERO));
            if (!mid.mid().equals(quoted.mid()) || !samePrices(again, quoted.plan())) {
                counts.notReproduced++;
                continue;
            }
            QuotePlan flat = quoter.quote(new QuoteContext(m, yes, no, others, mid, Inventory.FLAT, permissions,
                    BigDecimal.ZERO));
            String where = m.conditionId().value() + " at " + view.at() + " q=" + quoted.inventory().netYes()
                    + " plan " + describe(quoted.plan()) + " flat " + describe(flat);
            BigDecimal tick = m.tickSize().asPrice().toBigDecimal();
            QuotePlan skewed = quoted.plan();
            if (q > 0) {
                counts.longYes++;
                counts.largestLong = counts.largestLong.max(quoted.inventory().netYes());
                if (above(skewed.bid(), flat.bid()) || above(skewed.ask(), flat.ask())) {
                    counts.failures.add("long YES above the flat plan: " + where);
                }
                boolean material = BigDecimal.valueOf(flat.trace().orElseThrow().rawBid())
                        .subtract(BigDecimal.valueOf(skewed.trace().orElseThrow().rawBid())).compareTo(tick) >= 0
                        && flat.reasons().stream().noneMatch(r -> r.startsWith("bid "));
                if (material && skewed.bid().isPresent() && flat.bid().isPresent()) {
                    counts.materialLongYes++;
                    if (!skewed.bid().get().yesPrice().isBelow(flat.bid().get().yesPrice())) {
                        counts.failures.add("material long YES, bid not lower: " + where);
                    }
                }
            } else {
                counts.longNo++;
                counts.largestShort = counts.largestShort.max(quoted.inventory().netYes().negate());
                if (above(flat.bid(), skewed.bid()) || above(flat.ask(), skewed.ask())) {
                    counts.failures.add("long NO below the flat plan: " + where);
                }
                boolean material = BigDecimal.valueOf(skewed.trace().orElseThrow().rawAsk())
                        .subtract(BigDecimal.valueOf(flat.trace().orElseThrow().rawAsk())).compareTo(tick) >= 0
                        && flat.reasons().stream().noneMatch(r -> r.startsWith("ask "));
                if (material && skewed.ask().isPresent() && flat.ask().isPresent()) {
                    counts.materialLongNo++;
                    if (!skewed.ask().get().yesPrice().isAbove(flat.ask().get().yesPrice())) {
                        counts.failures.add("material long NO, ask not higher: " + where);
                    }
                }
            }
        }
    }

    /** True when both sides exist and {@code a} is strictly above {@code b}. */
    private static boolean above(Optional<TargetQuote> a, Optional<TargetQuote> b) {
        return a.isPresent() && b.isPresent() && a.get().yesPrice().isAbove(b.get().yesPrice());
    }

    private static boolean samePrices(QuotePlan a, QuotePlan b) {
        return price(a.bid()).equals(price(b.bid())) && price(a.ask()).equals(price(b.ask()));
    }

    private static Optional<Price> price(Optional<TargetQuote> q) {
        return q.map(TargetQuote::yesPrice);
    }

    private static String describe(QuotePlan p) {
        return price(p.bid()).map(Price::toString).orElse("-") + "/" + price(p.ask()).map(Price::toString).orElse("-");
    }
}
