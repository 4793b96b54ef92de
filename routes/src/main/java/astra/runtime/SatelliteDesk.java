package astra.runtime;

import astra.domain.ClientOrderId;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.Usd;
import astra.execution.EffectiveBuy;
import astra.execution.Fees;
import astra.execution.firewall.OrderPermissions;
import astra.execution.firewall.OrderRequest;
import astra.facts.FactStore;
import astra.rules.DecisionKind;
import astra.rules.MarketDecision;
import astra.rules.MarketDecisions;
import astra.rules.Policy;
import astra.strategy.satellite.EvidenceTier;
import astra.strategy.satellite.SatelliteBudget;
import astra.strategy.satellite.SatelliteCandidate;
import astra.strategy.satellite.SatelliteDecision;
import astra.strategy.satellite.SatelliteFilter;
import astra.strategy.satellite.SatellitePermission;
import astra.strategy.satellite.SatelliteSignal;
import astra.strategy.satellite.SatelliteSignalFile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The satellite book's desk, on the decision thread: reads high-conviction outside signals from a
 * file (one JSON object per line, see {@link SatelliteSignalFile}; re-read when it changes), offers
 * each pending signal to the rules as a fact with its edge after fees at the current asks, and once
 * the rules have decided, turns an allowed signal into one taker BUY (FAK at the ask) through the
 * {@link SatelliteFilter} and its separate budget. Each signal is acted on once: traded, or
 * rejected with the rule or gate that said no. With no file configured the desk does nothing.
 *
 * <p>The budget's reservation is kept for the order's full cost even if the FAK fills only in part:
 * the satellite book is meant to be small and its accounting conservative.
 */
public final class SatelliteDesk {
    private static final Logger AUDIT = LoggerFactory.getLogger("astra.audit");
    private static final Logger LOG = LoggerFactory.getLogger(SatelliteDesk.class);

    private final Clock clock;
    private final WatchedFile file;
    private final MarketUniverse universe;
    private final AstraMetrics metrics;
    private final SatelliteBudget budget;
    private final Usd bankroll;
    private final SatelliteFilter filter;
    private final Supplier<Policy> policy;
    private final String orderIdPrefix;
    private final Map<String, SatelliteSignal> pending = new LinkedHashMap<>();
    private final Set<String> actedOn = new HashSet<>();
    private final Set<String> published = new HashSet<>();
    private long orderSeq;

    /**
     * @param file the signal file; empty turns the desk off
     * @param budget the satellite book's money (bankroll × the policy's {@code satellite.budget}),
     *     its limit set again from the policy in force before each cycle's orders
     */
    public SatelliteDesk(Clock clock, Optional<Path> file, MarketUniverse universe, AstraMetrics metrics,
            SatelliteBudget budget, Usd bankroll, Duration maxSignalAge, Usd maxStakePerOrder,
            Supplier<Policy> policy, String orderIdPrefix) {
        this.clock = clock;
        this.file = new WatchedFile(file, "satellite signal file");
        this.universe = universe;
        this.metrics = metrics;
        this.budget = budget;
        this.bankroll = bankroll;
        this.filter = new SatelliteFilter(clock, maxSignalAge, maxStakePerOrder, budget);
        this.policy = policy;
        this.orderIdPrefix = orderIdPrefix;
    }

    /** The satellite book's money under a policy: bankroll × {@code satellite.budget}, to the micro below. */
    public static Usd limitOf(Usd bankroll, Policy.SatelliteLimits limits) {
        return Usd.of(bankroll.toBigDecimal().multiply(limits.budget()).setScale(6, RoundingMode.DOWN));
    }

    /** What the satellite book holds reserved, for the portfolio's exposure. */
    public long exposureMicros() {
        return budget.reserved().micros();
    }

    /** Before the rules run: the pending signals as facts, priced at the snapshot's asks. */
    public void publish(MarketSnapshot snapshot, FactStore facts) {
        reloadIfChanged();
        List<astra.facts.SatelliteSignal> now = new ArrayList<>();
        Set<String> markets = new HashSet<>();
        for (SatelliteSignal s : pending.values()) {
            Optional<Market> market = universe.find(s.market());
            if (market.isEmpty() || !bothAsks(market.get(), snapshot) || !markets.add(s.market().value())) {
                // Unknown markets are rejected after the rules; a market without both asks yet waits
                // (an edge against no price is no edge); one fact per market (keyed by market).
                continue;
            }
            now.add(new astra.facts.SatelliteSignal(s.market().value(), s.yesProbability(),
                    astra.facts.EvidenceTier.valueOf(s.tier().name()), s.source(), s.time().toEpochMilli(),
                    edgeAfterFees(s, market.get(), snapshot)));
        }
        for (String gone : published) {
            if (!markets.contains(gone)) {
                facts.satelliteSignals().remove(gone);
            }
        }
        published.clear();
        published.addAll(markets);
        facts.satelliteSignals().publish(now);
    }

    /** After the rules: an order for each pending signal the rules and the filter let through. */
    public List<OrderRequest> orders(MarketSnapshot snapshot, MarketDecisions decisions) {
        List<OrderRequest> orders = new ArrayList<>();
        Policy.SatelliteLimits limits = policy.get().satellite();
        budget.limit(limitOf(bankroll, limits)); // a reloaded satellite.budget holds from this cycle on
        for (Map.Entry<String, SatelliteSignal> e : new ArrayList<>(pending.entrySet())) {
            SatelliteSignal s = e.getValue();
            Optional<Market> market = universe.find(s.market());
            if (market.isEmpty()) {
                reject(e.getKey(), s, "market " + s.market().value() + " is not traded in this session");
                continue;
            }
            Optional<astra.domain.Book> yes = snapshot.book(market.get().yesToken());
            Optional<astra.domain.Book> no = snapshot.book(market.get().noToken());
            if (yes.isEmpty() || no.isEmpty()) {
                continue; // no books yet: decide when there are
            }
            if (!published.contains(s.market().value()) || !bothAsks(market.get(), snapshot)) {
                continue; // not offered to the rules this cycle: decide when it is
            }
            MarketDecision d = decisions.of(s.market());
            SatelliteDecision verdict = filter.evaluate(s, market.get(), yes.get(), no.get(), permission(d, limits));
            if (verdict.candidate().isEmpty()) {
                reject(e.getKey(), s, verdict.reason());
                continue;
            }
            SatelliteCandidate c = verdict.candidate().get();
            ClientOrderId id = new ClientOrderId(orderIdPrefix + "-sat-" + (++orderSeq));
            OrderIntent intent = new OrderIntent(id, c.market(), c.token(), Side.BUY, c.limitPrice(), c.size(),
                    market.get().tickSize(), OrderType.FAK, false, Optional.empty(), "satellite: " + verdict.reason()
                            + " (" + s.tier() + " from " + s.source() + ")");
            orders.add(new OrderRequest(intent, market.get(), OrderPermissions.ALL));
            pending.remove(e.getKey());
            actedOn.add(e.getKey());
            metrics.satellite("ordered");
            AUDIT.info("satellite order market={} outcome={} price={} size={} cost={} edge={} source=\"{}\"",
                    c.market().value(), c.outcome(), c.limitPrice(), c.size(), c.cost(), c.edge().toPlainString(),
                    s.source());
        }
        return orders;
    }

    private static boolean bothAsks(Market m, MarketSnapshot snapshot) {
        return snapshot.book(m.yesToken()).flatMap(astra.domain.Book::bestAsk).isPresent()
                && snapshot.book(m.noToken()).flatMap(astra.domain.Book::bestAsk).isPresent();
    }

    private static SatellitePermission permission(MarketDecision d, Policy.SatelliteLimits limits) {
        Set<EvidenceTier> tiers = EnumSet.noneOf(EvidenceTier.class);
        limits.evidenceTiers().forEach(t -> tiers.add(EvidenceTier.valueOf(t.name())));
        if (d.satelliteAllowed()) {
            return SatellitePermission.allowing(limits.minEdge(), tiers);
        }
        String why = d.because().stream().filter(x -> x.kind() == DecisionKind.DENY_SATELLITE).findFirst()
                .map(x -> x.ruleName() + " (" + x.reasonCode() + ": " + x.detail() + ")")
                .orElse("no rule allowed the satellite book in state " + d.state());
        return new SatellitePermission(limits.minEdge(), tiers, Optional.of(why));
    }

    private void reject(String key, SatelliteSignal s, String why) {
        pending.remove(key);
        actedOn.add(key);
        metrics.satellite("rejected");
        AUDIT.info("satellite signal rejected market={} source=\"{}\" reason=\"{}\"", s.market().value(), s.source(), why);
    }

    /** The better of the two outcomes' edge: its probability minus the cost per token at its ask, fees in. */
    private static BigDecimal edgeAfterFees(SatelliteSignal s, Market m, MarketSnapshot snapshot) {
        BigDecimal best = new BigDecimal("-1");
        best = best.max(edge(s.yesProbability(), m, snapshot.book(m.yesToken())));
        best = best.max(edge(BigDecimal.ONE.subtract(s.yesProbability()), m, snapshot.book(m.noToken())));
        return best.setScale(6, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal edge(BigDecimal probability, Market m, Optional<astra.domain.Book> book) {
        Optional<astra.domain.BookLevel> ask = book.flatMap(astra.domain.Book::bestAsk);
        if (ask.isEmpty() || ask.get().price().compareTo(Price.ONE) >= 0) {
            return new BigDecimal("-1");
        }
        // Priced on 100 shares so the fee's rounding does not dominate the per-token cost.
        EffectiveBuy buy = Fees.effectiveCostBuy(m.feeSchedule(), ask.get().price(), Shares.of(BigDecimal.valueOf(100)), Liquidity.TAKER);
        if (buy.received().isZero()) {
            return new BigDecimal("-1");
        }
        BigDecimal perToken = buy.paid().toBigDecimal().divide(buy.received().toBigDecimal(), 6, RoundingMode.HALF_EVEN);
        return probability.subtract(perToken);
    }

    private void reloadIfChanged() {
        Optional<List<String>> lines = file.linesIfChanged();
        if (lines.isEmpty()) {
            return;
        }
        String path = file.describe();
        SatelliteSignalFile.Result read = SatelliteSignalFile.parse(lines.get());
        read.errors().forEach(err -> {
            metrics.satellite("bad-line");
            LOG.warn("satellite signal file {} line {}: {}", path, err.lineNumber(), err.message());
        });
        int added = 0;
        for (SatelliteSignal s : read.signals()) {
            String key = s.market().value() + "|" + s.time() + "|" + s.source();
            if (!actedOn.contains(key) && pending.putIfAbsent(key, s) == null) {
                added++;
            }
        }
        LOG.info("satellite signals read from {}: {} new, {} bad lines", path, added, read.badLines());
        metrics.satellite("read", added);
    }
}
