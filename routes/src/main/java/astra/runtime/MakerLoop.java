package astra.runtime;

import astra.domain.Book;
import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Market;
import astra.domain.Order;
import astra.domain.OrderStatus;
import astra.domain.Position;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeStatus;
import astra.execution.CanonicalMid;
import astra.execution.MidQuote;
import astra.execution.firewall.OrderRequest;
import astra.facts.FactStore;
import astra.facts.MarketFacts;
import astra.facts.MarkoutFacts;
import astra.ports.OrderStore;
import astra.ports.Venue;
import astra.rules.AccountHealth;
import astra.rules.Decision;
import astra.rules.DecisionEngine;
import astra.rules.DecisionInputs;
import astra.rules.MarketDecision;
import astra.rules.MarketDecisions;
import astra.rules.QuoteabilityScorer;
import astra.runtime.parity.ParityCycle;
import astra.runtime.parity.ParityPaperDesk;
import astra.strategy.Inventory;
import astra.strategy.QuotePermissions;
import astra.strategy.markout.MarkoutSnapshot;
import astra.strategy.markout.MarkoutTracker;
import astra.strategy.markout.MidPath;
import astra.strategy.markout.Toxicity;
import astra.strategy.quote.InventoryAwareQuoter;
import astra.strategy.quote.OthersBook;
import astra.strategy.quote.QuoteContext;
import astra.strategy.quote.QuotePlan;
import astra.strategy.quote.QuoteRole;
import astra.strategy.quote.RequoteDebouncer;
import astra.strategy.quote.RequoteDecision;
import astra.strategy.quote.RestingQuote;
import astra.strategy.quote.TargetQuote;
import astra.strategy.select.ActiveSet;
import astra.strategy.select.ActiveSetCandidate;
import astra.strategy.select.ActiveSetSelector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision thread's cycle, on each {@link MarketSnapshot}: publish the facts (batched, at
 * decision cadence), run the rules, pick the active set by quoteability with cluster diversity,
 * quote each active market within the rules' permissions, debounce against what rests, and hand
 * cancels and orders to the executor. Markets that left the active set are cancelled.
 *
 * <p>Between cycles, a book move of a quoted market ({@link #onBookMoved}) requotes that market
 * alone, at once, on the feed thread, with what the last cycle decided: a market event reaches an
 * order in microseconds instead of waiting up to a decision period for the next tick. Drift from
 * the book is then the moves' job: a cycle does not requote a market a move has judged since the
 * cycle before (its snapshot is older than that move's books); it still places, cancels, and
 * requotes markets whose books stood still.
 *
 * <p>Cycles are owned by the decision thread: it holds the rule session (through the
 * {@link DecisionEngine}), the markout tracker and the veto log state. Quoting, by a cycle or a
 * book move, holds one lock, so the two never decide on the same resting orders; a book move that
 * finds it taken is left to that cycle rather than waiting.
 */
public final class MakerLoop implements BookMoveDesk {
    /** Fills before a market's markouts count for toxicity, and the adverse markout that reads as fully toxic. */
    public static final int TOXICITY_MIN_FILLS = 10;
    public static final BigDecimal TOXICITY_FULL_BPS = new BigDecimal("50");
    /** How long an unanswered cancel waits before it is asked again. */
    public static final java.time.Duration CANCEL_RETRY = java.time.Duration.ofSeconds(5);
    /** The mutation budget's rolling window, as the firewall is configured ({@code TradingCore}). */
    public static final java.time.Duration BUDGET_WINDOW = java.time.Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(MakerLoop.class);
    /** Structured decision log: every veto line names its rule, reason code and rules version. */
    private static final Logger AUDIT = LoggerFactory.getLogger("astra.audit");

    /** The loop's collaborators, built once by the runtime. */
    public record Parts(Clock clock, MarketUniverse universe, FactStore facts, OrderStore store, DecisionEngine engine,
            QuoteabilityScorer scorer, ActiveSetSelector selector, InventoryAwareQuoter quoter,
            IntSupplier requoteDriftTicks, IntSupplier mutationsLeft, IntSupplier mutationsLimit, CanonicalMid mids, MarkoutTracker markouts, AstraMetrics metrics,
            SessionStats stats, MarkTape tape, OrdersInFlight inFlight, Supplier<AccountHealth> account, long bankrollMicros,
            String orderIdPrefix, SatelliteDesk satellite, ResolutionRiskFeed resolutionRisks,
            ParityPaperDesk parity, Consumer<List<Market>> watchBooks) {}

    /** Sent through the decisions queue at shutdown: the rule session is closed by its own thread. */
    public static final String CLOSE = "close-the-rule-session";

    private final Parts p;
    private final Map<ConditionId, String> vetoLogged = new HashMap<>();
    /** Markets the last cycle vetoed as toxic: the rules hold such a veto until the evidence fades. */
    private final Set<ConditionId> toxicLastCycle = new HashSet<>();
    /**
     * Each market's mid slots in the universe's order, so recording a cycle's mids looks no token
     * up (decision thread only; see {@link #recordMids}).
     */
    private final List<MidSlots> midSlots = new ArrayList<>();
    private static final String TOXIC_MARKOUT = "TOXIC_MARKOUT";
    /** Held while quoting, by a cycle or a book move, so the two never decide on the same resting orders. */
    private final ReentrantLock quotingLock = new ReentrantLock();
    /** Under {@link #quotingLock}: cancels asked for, and the client order id sequence. */
    private final Map<ClientOrderId, Instant> cancelAskedAt = new HashMap<>();
    private long orderSeq;
    /** Under {@link #quotingLock}: the made-up state of the warm-up rounds. */
    private WarmRounds warm;
    /** When the feed thread last ran a keep-warm round, and whether one failed (the feed thread's own). */
    private long keptWarmAtNanos;
    private boolean keepWarmFailed;
    private volatile boolean closed;
    private String lastRulesVersion = "";
    private volatile CycleTrace lastCycle;
    /** A snapshot is on its way to, or in, the decision thread. */
    private final AtomicBoolean snapshotPending = new AtomicBoolean();
    /** When the slot was last claimed (wall nanos; the feed thread's only). */
    private long slotClaimedAtNanos;
    /** A claimed slot no cycle released in this long is taken to be lost. */
    static final java.time.Duration SNAPSHOT_LOST_AFTER = java.time.Duration.ofSeconds(30);
    /** Our buys the venue has not released the tokens of yet (it holds them until MINED). */
    private final Map<FillKey, Fill> unsettledBuys = new HashMap<>();
    private volatile LatencyProbe probe = LatencyProbe.NONE;
    /** What the last cycle that quoted decided and read, for requoting one market between cycles (under the lock). */
    private Quoting quoting;
    /**
     * Markets a book move requoted (or found in place) since the last quoting cycle (under the lock):
     * drift from the book is the moves' job, so that cycle, deciding on an older snapshot, places
     * and cancels there but does not requote.
     */
    private final Set<ConditionId> judgedByMoves = new HashSet<>();
    /** Markets with a fill since {@link #quoting} was read: their inventory changed, so they wait for the next cycle. */
    private final Set<ConditionId> filled = ConcurrentHashMap.newKeySet();

    /** Publishes the inventory facts the caps count (decision thread only). */
    private final InventoryPublisher inventory;

    /** Paces requotes and posts over the budget's minute (the firewall's window); under the quoting lock. */
    private final BudgetPacer pacer;

    public MakerLoop(Parts parts) {
        this.p = Objects.requireNonNull(parts, "parts");
        this.pacer = new BudgetPacer(parts.clock(), BUDGET_WINDOW.toMillis(), parts.mutationsLimit().getAsInt());
        this.inventory = new InventoryPublisher(parts.facts().inventory());
    }

    /** The decision route's entry: a snapshot runs a cycle; a fill feeds the markout tracker. */
    public List<ExecutorCommand> onMessage(Object message) {
        if (message == CLOSE) {
            closed = true;
            p.engine().close();
            return List.of();
        }
        if (closed) {
            // Whatever still comes once the session stops (a snapshot claimed just before the close, a
            // late fill) is taken off the queue and left undecided: no cycle may order after the close.
            snapshotPending.set(false);
            return List.of();
        }
        if (message instanceof MarketSnapshot snapshot) {
            try {
                List<ExecutorCommand> commands = cycle(snapshot);
                probe.commandsOut(snapshot, commands, System.nanoTime());
                return commands;
            } finally {
                snapshotPending.set(false);
            }
        }
        if (message instanceof Fill fill) {
            filled.add(fill.market()); // our inventory changed: the market waits for the next cycle
            p.markouts().recordFill(fill);
            if (fill.side() == Side.BUY && !settled(fill.status())) {
                unsettledBuys.put(fill.key(), fill);
            }
            return List.of();
        }
        throw new IllegalArgumentException("the decision thread does not take " + message.getClass().getName());
    }

    /**
     * Before the first cycle, once the start-up reconciliation has run: our buys the store holds
     * whose trades have not settled (recorded before a restart, or by that reconciliation) count as
     * not sellable yet, as those the feeds hand over during the session do; otherwise an ask for
     * tokens the venue still holds would be sent and refused until the trade is mined.
     */
    public void followUnsettledBuys() {
        for (Fill fill : p.store().fills()) {
            if (fill.side() == Side.BUY && !settled(fill.status())) {
                unsettledBuys.put(fill.key(), fill);
            }
        }
    }

    /**
     * A quoted market's book moved (called on the feed thread, right after the frame): requote that
     * market at once. If a cycle is quoting at that moment the move is left to it, not waited for:
     * the feed thread never blocks on the rules.
     */
    @Override
    public List<ExecutorCommand> onBookMoved(BookMoved moved) {
        if (moved.superseded()) {
            return List.of(); // a later move of the market is on its way
        }
        if (!quotingLock.tryLock()) {
            p.metrics().bookMove("cycle-quoting"); // that cycle quotes the market instead
            return List.of();
        }
        long start = System.nanoTime();
        List<ExecutorCommand> commands;
        try {
            commands = react(moved);
        } catch (RuntimeException e) {
            // A move only runs ahead of the next cycle: one that cannot be decided is counted, logged
            // and left to that cycle, and the frame's other moves still go out with their commands.
            p.metrics().bookMove("failed");
            LOG.error("book move of {} not decided; the next cycle quotes it", moved.market().conditionId().value(), e);
            commands = List.of();
        } finally {
            quotingLock.unlock();
        }
        long end = System.nanoTime();
        p.metrics().bookMoveDecided(commands.isEmpty() ? "none" : "orders", end - start);
        probe.reacted(moved, commands, start, end);
        return commands;
    }

    /**
     * Runs the book-move quoting path (fair value, quoter, debouncer, order requests, the budget's
     * planner) {@code rounds} times on made-up books of the universe's markets, before the first
     * frame: nothing is sent, stored, paced or numbered, and no meter moves. Without it the path a
     * move takes to order is compiled by C2 only minutes into a session (it orders a few times a
     * minute; the quoter was still C1 code 45 s in), and a move that ordered took 0.6 ms on average
     * and up to 2 ms to decide, against 0.15–0.25 ms and at most 0.4 ms after a warm-up
     * (docs/benchmarks.md, latency). The made-up orders rest where the requests put them,
     * so later rounds keep, replace and cancel as a session does. Call before the runtime starts,
     * on the thread that starts it.
     */
    public void warmUp(int rounds) {
        if (rounds <= 0 || p.universe().all().isEmpty()) {
            return;
        }
        quotingLock.lock();
        try {
            WarmRounds made = warmRounds();
            for (int i = 0; i < rounds; i++) {
                made.round(i % 2 == 0); // both kinds: the keep-warm rounds are one-market ones
            }
        } finally {
            quotingLock.unlock();
        }
    }

    /**
     * One warm-up round on the feed thread between frames, at most once per {@code every}, when no
     * cycle is quoting: keeps the ordering path's code and data in that thread's caches, since a
     * session orders only a few times a minute and the path is evicted in between (docs/benchmarks.md,
     * latency). Like {@link #warmUp}, it sends, stores, paces and numbers nothing.
     */
    @Override
    public void keepWarm(Duration every) {
        long now = System.nanoTime();
        if (closed || keepWarmFailed || every.isZero() || now - keptWarmAtNanos < every.toNanos()
                || !quotingLock.tryLock()) {
            return;
        }
        try {
            keptWarmAtNanos = now;
            warmRounds().round(false);
        } catch (RuntimeException e) {
            // Only made-up inputs are at stake: stop warming rather than log it every few milliseconds.
            keepWarmFailed = true;
            LOG.warn("keep-warm rounds stopped for this session: a round failed", e);
        } finally {
            quotingLock.unlock();
        }
    }

    private WarmRounds warmRounds() {
        if (warm == null) {
            warm = new WarmRounds();
        }
        return warm;
    }

    /** Made-up books and the made-up orders resting in them, round after round. */
    private final class WarmRounds {
        private final List<Market> markets = new ArrayList<>(p.universe().all());
        private final WarmUpInputs made = new WarmUpInputs(new Random(markets.size()), p.clock());
        private final Map<ConditionId, List<Order>> resting = new HashMap<>();
        /**
         * The rounds' own cancels asked for, so rounds meet cancels still on their way as a session
         * does. Only the keys are read; it is the session's type ({@code cancelAskedAt}'s) because
         * {@code outgoing} is compiled for the map types it is given.
         */
        private final Map<ClientOrderId, Instant> cancelsAsked = new HashMap<>();
        private int next;

        /**
         * One round, of one market as a move quotes or, when {@code cycleSized} and now and then, of
         * several at once as a cycle does (more orders than one batch takes): the warm-up's rounds
         * may, the keep-warm ones not, since they run on the feed thread between frames and a
         * dozen markets' quoting would hold the next frame back. The order sequence it advanced is
         * put back, so the session's ids do not move.
         */
        void round(boolean cycleSized) {
            long sequence = orderSeq;
            try {
                int limit = p.mutationsLimit().getAsInt();
                List<Market> quoted = new ArrayList<>();
                for (int i = cycleSized ? made.marketsThisRound(markets.size()) : 1; i > 0; i--) {
                    quoted.add(markets.get(next++ % markets.size()));
                }
                Wanted wanted = new Wanted(made.judgedByMoves(quoted));
                Map<ConditionId, List<Order>> roundsMarkets = new HashMap<>();
                for (Market m : quoted) {
                    List<Order> mine = made.restingOf(resting.getOrDefault(m.conditionId(), List.of()));
                    roundsMarkets.put(m.conditionId(), mine);
                    long mid = made.mid(m);
                    Book yes = made.book(m.yesToken(), m, mid, mine);
                    Book no = made.book(m.noToken(), m, 1_000_000 - mid, List.of());
                    quoteMarket(m, yes, no, made.lastTrade(mid), made.permissions(), mine, made.holdings(m),
                            made.toxicity(), new RequoteDebouncer(p.requoteDriftTicks().getAsInt()), wanted);
                }
                Outgoing out = outgoing(wanted, made.noUrgentOrders(), limit, made.budgetLeft(limit),
                        made.budgetLeft(limit), cancelsAsked);
                if (made.cancelRetryPassed()) {
                    cancelsAsked.clear();
                }
                Set<ClientOrderId> cancelled = new HashSet<>();
                for (ClientOrderId id : out.cancels()) {
                    cancelsAsked.put(id, Instant.EPOCH);
                    cancelled.add(id);
                }
                roundsMarkets.forEach((market, mine) -> {
                    List<Order> after = new ArrayList<>(mine);
                    after.removeIf(o -> cancelled.contains(o.clientOrderId()));
                    resting.put(market, after);
                });
                for (ExecutorCommand c : out.commands()) {
                    if (c instanceof ExecutorCommand.Submit submit) {
                        for (OrderRequest r : submit.requests()) {
                            resting.get(r.market().conditionId()).add(made.resting(r.intent()));
                        }
                    }
                }
            } finally {
                orderSeq = sequence;
            }
        }
    }

    /** Set before the loop starts (benchmarks only). */
    public void probe(LatencyProbe probe) {
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    /**
     * Called by the feed thread at a decision tick: whether to send a snapshot now. Not while the
     * previous one is still queued or being decided: a slow cycle (many markets, a loaded machine)
     * then skips ticks, counted, instead of queueing copies of every book it would decide on late.
     */
    public boolean claimSnapshotSlot() {
        if (closed) {
            return false; // the session stopped: no more cycles, so no more copies of the books
        }
        long now = System.nanoTime();
        boolean free = snapshotPending.compareAndSet(false, true);
        if (!free && now - slotClaimedAtNanos > SNAPSHOT_LOST_AFTER.toNanos()) {
            // A snapshot that never reached the loop (it failed on its way and was dead-lettered)
            // must not stop the decisions for good: after this long the slot is taken back.
            LOG.warn("no decision cycle took the last snapshot within {}; sending a new one", SNAPSHOT_LOST_AFTER);
            free = true;
        }
        if (free) {
            slotClaimedAtNanos = now;
        } else {
            p.metrics().registry().counter("astra_decision_ticks_skipped_total").increment();
        }
        return free;
    }

    /** The last decision cycle's decisions, plans and commands (empty before the first). */
    public Optional<CycleTrace> lastCycle() {
        return Optional.ofNullable(lastCycle);
    }

    List<ExecutorCommand> cycle(MarketSnapshot snapshot) {
        Instant now = p.clock().instant();
        Map<TokenId, Price> mids = recordMids(snapshot, now);
        p.markouts().pruneIfDue();
        publishFacts(snapshot, mids);
        p.satellite().publish(snapshot, p.facts());
        p.resolutionRisks().publish(p.facts());
        p.parity().publishCandidates(snapshot);
        p.tape().record(now, mids);
        // Market facts and parity candidates are read as observed when the snapshot was taken:
        // its books and the channel's data time are as of then.
        MarketDecisions decisions = p.engine().decide(DecisionInputs.fromStore(p.facts(), snapshot.at(),
                snapshot.channelDataAt(), p.account().get(), p.bankrollMicros(), p.satellite().exposureMicros()));
        ParityCycle parity = p.parity().afterDecisions(snapshot, decisions); // recorded only, never traded
        toxicLastCycle.clear();
        decisions.markets().forEach((id, d) -> {
            if (d.vetoes().stream().anyMatch(v -> v.reasonCode().equals(TOXIC_MARKOUT))) {
                toxicLastCycle.add(id);
            }
        });
        p.stats().cycle();
        p.metrics().cycle();
        decisions.audit().forEach(p.metrics()::decision);
        if (!decisions.rulesVersion().equals(lastRulesVersion)) {
            lastRulesVersion = decisions.rulesVersion();
            p.metrics().rulesVersion(lastRulesVersion);
            LOG.info("decisions now under rules version {}", lastRulesVersion);
        }
        quotingLock.lock();
        try {
            if (decisions.cancelAll()) {
                quoting = null; // no book move may quote on what came before
                Decision why = decisions.accountDecisions().stream().findFirst().orElse(null);
                String reason = why == null ? "a rule asked for cancel-all" : why.ruleName() + " (" + why.reasonCode() + ")";
                AUDIT.warn("cancel-all rule={} version={}", reason, decisions.rulesVersion());
                List<ExecutorCommand> all = List.of(new ExecutorCommand.CancelAll(reason));
                lastCycle = new CycleTrace(now, decisions, Optional.empty(), Map.of(), all, parity);
                return all;
            }
            if (p.inFlight().total() > 0) {
                // What was sent last (by a cycle or a book move) is still on its way: the store does not
                // show it yet, so this cycle places nothing. The book moves quote on until a cycle does,
                // but under these decisions' permissions, not the last quoting cycle's: a halt, veto, cap
                // or close window decided now holds for them at once, however long commands stay in flight.
                if (quoting != null) {
                    quoting = quoting.under(permissions(snapshot, decisions));
                }
                lastCycle = new CycleTrace(now, decisions, Optional.empty(), Map.of(), List.of(), parity);
                return List.of();
            }
            return quote(snapshot, decisions, mids, parity);
        } finally {
            quotingLock.unlock();
        }
    }

    private List<ExecutorCommand> quote(MarketSnapshot snapshot, MarketDecisions decisions, Map<TokenId, Price> mids,
            ParityCycle parity) {
        Instant now = p.clock().instant();
        cancelAskedAt.values().removeIf(at -> at.isBefore(now.minus(CANCEL_RETRY)));
        Map<ConditionId, QuotePermissions> permissions = permissions(snapshot, decisions);
        List<ActiveSetCandidate> candidates = new ArrayList<>(snapshot.facts().size());
        for (MarketFacts f : snapshot.facts()) {
            ConditionId id = new ConditionId(f.market());
            QuotePermissions qp = permissions.get(id);
            logVetoChange(id, decisions.of(id), qp, decisions.rulesVersion());
            BigDecimal score = decisions.score(id).orElseGet(() -> p.scorer().score(f).score());
            candidates.add(new ActiveSetCandidate(id, f.cluster(), score, qp.vetoReason()));
        }
        ActiveSet active = p.selector().select(candidates, quoting == null ? Set.of() : quoting.active());
        Set<ConditionId> activeIds = new HashSet<>(active.markets());
        p.stats().activeMarkets(activeIds.size(), candidates.size());

        Map<ConditionId, List<Order>> resting = resting();
        Map<TokenId, Shares> holdings = sellableHoldings();
        RequoteDebouncer debouncer = new RequoteDebouncer(p.requoteDriftTicks().getAsInt());
        Map<ConditionId, CycleTrace.Quoted> plans = new HashMap<>();
        Map<ConditionId, BigDecimal> toxicity = new HashMap<>();
        List<Market> quoted = new ArrayList<>();
        Wanted wanted = new Wanted(Set.copyOf(judgedByMoves));
        judgedByMoves.clear();
        for (Market m : p.universe().all()) {
            List<Order> mine = resting.getOrDefault(m.conditionId(), List.of());
            if (!activeIds.contains(m.conditionId())) {
                if (!mine.isEmpty()) {
                    LOG.debug("{} left the active set: cancel {} resting", m.conditionId().value(), mine.size());
                }
                for (Order o : mine) { // a loop, not a stream: most of 1,000 markets are passed over every cycle
                    if (cancellable(o)) {
                        wanted.cancel(o);
                    }
                }
                continue;
            }
            Optional<Book> yes = snapshot.book(m.yesToken());
            Optional<Book> no = snapshot.book(m.noToken());
            if (yes.isEmpty() || no.isEmpty()) {
                continue;
            }
            toxicity.put(m.conditionId(), toxicity(m.conditionId()));
            quoted.add(m);
            plans.put(m.conditionId(), quoteMarket(m, yes.get(), no.get(), snapshot.lastTrade(m.yesToken()),
                    permissions.get(m.conditionId()), mine, holdings, toxicity.get(m.conditionId()), debouncer, wanted));
        }
        List<ExecutorCommand> commands = send(wanted, p.satellite().orders(snapshot, decisions), now);
        quoting = new Quoting(permissions, activeIds, holdings, toxicity);
        filled.clear(); // a fill the decision thread takes after this is the next cycle's
        p.watchBooks().accept(quoted);
        lastCycle = new CycleTrace(now, decisions, Optional.of(active), plans, commands, parity);
        return commands;
    }

    /**
     * A quoted market's book moved between cycles: requote that market alone, at once, against our
     * orders resting in it now, on what the last quoting cycle decided (permissions, active set,
     * inventory, toxicity). Not while a command for that market is still with the executor (the
     * store may not show it yet; {@link OrdersInFlight}), nor for a market with a fill since that
     * cycle (its inventory changed): the next cycle decides those.
     */
    private List<ExecutorCommand> react(BookMoved moved) {
        Quoting q = quoting;
        ConditionId id = moved.market().conditionId();
        String notNow = closed || q == null ? "no-cycle-yet" : !q.active().contains(id) ? "not-quoted"
                : filled.contains(id) ? "filled-since-cycle" : p.inFlight().any(id) ? "orders-in-flight" : null;
        if (notNow != null) {
            p.metrics().bookMove(notNow);
            return List.of();
        }
        Instant now = p.clock().instant();
        cancelAskedAt.values().removeIf(at -> at.isBefore(now.minus(CANCEL_RETRY)));
        Wanted wanted = new Wanted(Set.of());
        judgedByMoves.add(id);
        quoteMarket(moved.market(), moved.yes(), moved.no(), moved.lastTrade(), q.permissions().get(id),
                restingIn(id), q.holdings(), q.toxicity().get(id),
                new RequoteDebouncer(p.requoteDriftTicks().getAsInt()), wanted);
        List<ExecutorCommand> commands = send(wanted, List.of(), now);
        p.metrics().bookMove(commands.isEmpty() ? "quotes-hold" : "requoted");
        return commands;
    }

    /**
     * Our orders that can still trade, per market, as the store has them now (its in-memory view:
     * nothing is sent while anything is in flight, so the store has all we sent).
     */
    private Map<ConditionId, List<Order>> resting() {
        Map<ConditionId, List<Order>> resting = new HashMap<>();
        for (Order o : p.store().unsettledOrders()) {
            if (canTrade(o)) {
                resting.computeIfAbsent(o.intent().market(), k -> new ArrayList<>()).add(o);
            }
        }
        return resting;
    }

    /** Filled in full leaves nothing to cancel or requote; the reconciler settles its status. */
    private static boolean canTrade(Order o) {
        return !o.remaining().isZero();
    }

    /** Our orders that can still trade in one market, as the store has them now. */
    private List<Order> restingIn(ConditionId market) {
        List<Order> mine = new ArrayList<>(2);
        for (Order o : p.store().unsettledOrdersIn(market)) {
            if (canTrade(o)) {
                mine.add(o);
            }
        }
        return mine;
    }

    /** What the rules permit each market of the snapshot. */
    private static Map<ConditionId, QuotePermissions> permissions(MarketSnapshot snapshot, MarketDecisions decisions) {
        Map<ConditionId, QuotePermissions> permissions = new HashMap<>(snapshot.facts().size() * 4 / 3 + 1);
        for (MarketFacts f : snapshot.facts()) {
            ConditionId id = new ConditionId(f.market());
            permissions.put(id, DecisionPermissions.quote(decisions.of(id)));
        }
        return permissions;
    }

    /** What a quoting cycle decided and read, kept for the book moves until the next one. */
    private record Quoting(Map<ConditionId, QuotePermissions> permissions, Set<ConditionId> active,
            Map<TokenId, Shares> holdings, Map<ConditionId, BigDecimal> toxicity) {
        /** The same, under the permissions of a later cycle that could not quote. */
        Quoting under(Map<ConditionId, QuotePermissions> later) {
            return new Quoting(later, active, holdings, toxicity);
        }
    }

    /** One active market: the quoter's plan for its books, and what it takes against what rests. */
    private CycleTrace.Quoted quoteMarket(Market m, Book yes, Book no, Optional<Price> lastTrade, QuotePermissions qp,
            List<Order> mine, Map<TokenId, Shares> holdings, BigDecimal toxicity, RequoteDebouncer debouncer,
            Wanted wanted) {
        Book others = OthersBook.of(yes, m, mine);
        MidQuote mid = p.mids().of(others, lastTrade);
        Inventory inventory = new Inventory(holdings.getOrDefault(m.yesToken(), Shares.ZERO),
                holdings.getOrDefault(m.noToken(), Shares.ZERO));
        QuotePlan plan = p.quoter().quote(new QuoteContext(m, yes, no, others, mid, inventory, qp, toxicity));
        slot(m, QuoteRole.BID, plan.bid(), mine, debouncer, qp, wanted);
        slot(m, QuoteRole.ASK, plan.ask(), mine, debouncer, qp, wanted);
        return new CycleTrace.Quoted(plan, inventory, mid.mid(), others);
    }

    /**
     * Within what the budget has left: risk-reducing cancels first, then the stalest requotes, then
     * empty slots, a reserve kept for the next cycles' cancels; so a spent budget is waited out
     * instead of being asked (and refused) four times a second.
     */
    private List<ExecutorCommand> send(Wanted wanted, List<OrderRequest> urgent, Instant now) {
        int limit = p.mutationsLimit().getAsInt();
        Outgoing out = outgoing(wanted, urgent, limit, p.mutationsLeft().getAsInt(), pacer.allowance(limit),
                cancelAskedAt);
        pacer.spent(out.paced());
        out.cancels().forEach(id -> cancelAskedAt.put(id, now));
        for (int i = 0; i < out.commands().size(); i++) {
            p.inFlight().handedOver(out.commands().get(i), out.marketsOf().get(i));
        }
        return out.commands();
    }

    /**
     * The commands for what is wanted, within the budget; reads but changes nothing, so {@link #warmUp}
     * can run it too. {@code marketsOf} holds each command's markets, in the commands' order. A cancel
     * in {@code cancelAskedAt} is not asked again until {@link #CANCEL_RETRY} has passed: the store
     * shows the order LIVE until the venue's answer is recorded, and every ask spends the budget.
     */
    private record Outgoing(List<ExecutorCommand> commands, List<Set<ConditionId>> marketsOf,
            List<ClientOrderId> cancels, int paced) {}

    private static Outgoing outgoing(Wanted wanted, List<OrderRequest> urgent, int limit, int left, int allowance,
            Map<ClientOrderId, Instant> cancelAskedAt) {
        List<ClientOrderId> risk = new ArrayList<>(wanted.riskCancels.size());
        for (ClientOrderId id : wanted.riskCancels) {
            if (!cancelAskedAt.containsKey(id)) {
                risk.add(id);
            }
        }
        // A requote whose cancel is already on its way waits for it (asking again spends budget).
        List<MutationPlanner.Requote> requotes = new ArrayList<>(wanted.requotes.size());
        for (MutationPlanner.Requote r : wanted.requotes) {
            if (!cancelAskedAt.containsKey(r.cancel())) {
                requotes.add(r);
            }
        }
        MutationPlanner.Plan chosen = MutationPlanner.plan(risk, urgent, requotes,
                wanted.places, left, Math.max(1, limit / 10), allowance);
        List<ClientOrderId> fresh = chosen.cancels();
        List<OrderRequest> orders = chosen.orders();
        List<ExecutorCommand> commands = new ArrayList<>(2);
        List<Set<ConditionId>> marketsOf = new ArrayList<>(2);
        if (!fresh.isEmpty()) {
            Set<ConditionId> markets = new HashSet<>();
            for (ClientOrderId id : fresh) {
                ConditionId market = wanted.marketOf.get(id);
                if (market != null) {
                    markets.add(market);
                }
            }
            commands.add(new ExecutorCommand.Cancel(fresh, "requote"));
            marketsOf.add(markets);
        }
        for (int from = 0; from < orders.size(); from += Venue.MAX_BATCH) {
            ExecutorCommand.Submit submit = new ExecutorCommand.Submit(orders.subList(from, Math.min(orders.size(),
                    from + Venue.MAX_BATCH)));
            Set<ConditionId> markets = new HashSet<>();
            for (OrderRequest r : submit.requests()) {
                markets.add(r.market().conditionId());
            }
            commands.add(submit);
            marketsOf.add(markets);
        }
        return new Outgoing(commands, marketsOf, fresh, fresh.size() - risk.size() + orders.size() - urgent.size());
    }

    /** What the cycle would send with an unlimited budget, sorted by kind for the {@link MutationPlanner}. */
    private static final class Wanted {
        final List<ClientOrderId> riskCancels = new ArrayList<>();
        final Map<ClientOrderId, ConditionId> marketOf = new HashMap<>();
        /** Markets whose drift a book move has already judged: the cycle leaves their requotes to the moves. */
        final Set<ConditionId> judgedByMoves;

        Wanted(Set<ConditionId> judgedByMoves) {
            this.judgedByMoves = judgedByMoves;
        }

        void cancel(Order o) {
            riskCancels.add(o.clientOrderId());
            marketOf.put(o.clientOrderId(), o.intent().market());
        }
        final List<MutationPlanner.Requote> requotes = new ArrayList<>();
        final List<OrderRequest> places = new ArrayList<>();
    }

    /** One side of one market: what rests in that role against what the quoter wants. */
    private void slot(Market m, QuoteRole role, Optional<TargetQuote> target, List<Order> mine,
            RequoteDebouncer debouncer, QuotePermissions qp, Wanted wanted) {
        // Plain loops, not streams: this runs twice per book move on the feed thread, and stream
        // pipelines were nearly a fifth of a warmed-up round's samples (docs/benchmarks.md, latency).
        List<Order> inRole = new ArrayList<>(2);
        for (Order o : mine) {
            if (roleOf(m, o) == role) {
                if (!cancellable(o)) {
                    return; // a submit is not settled yet (INTENT/UNKNOWN): wait for it rather than stack another
                }
                inRole.add(o);
            }
        }
        // More than one order in a slot (a requote raced a fill): keep the newest, cancel the rest.
        for (int i = 0; i < inRole.size() - 1; i++) {
            LOG.debug("{} {}: {} orders in one slot, cancel {}", m.conditionId().value(), role, inRole.size(),
                    inRole.get(i).clientOrderId());
            wanted.cancel(inRole.get(i));
        }
        Optional<Order> current = inRole.isEmpty() ? Optional.empty() : Optional.of(inRole.get(inRole.size() - 1));
        Optional<RestingQuote> rest = current.map(o -> new RestingQuote(o.intent().token(), o.intent().side(),
                o.intent().price(), o.remaining()));
        RequoteDecision decision = debouncer.decide(rest, target);
        if ((decision.action() == RequoteDecision.Action.REPLACE || decision.action() == RequoteDecision.Action.CANCEL)
                && LOG.isDebugEnabled()) { // the reason is formatted only when it is logged
            LOG.debug("{} {} {}: {}", m.conditionId().value(), role, decision.action(), decision.reason());
        }
        switch (decision.action()) {
            case PLACE -> wanted.places.add(request(m, target.orElseThrow(), qp, decision.reason()));
            case REPLACE -> {
                if (wanted.judgedByMoves.contains(m.conditionId())) {
                    return; // its book moved since the last cycle and the move judged this drift on fresher books
                }
                Order resting = current.orElseThrow();
                TargetQuote t = target.orElseThrow();
                wanted.marketOf.put(resting.clientOrderId(), m.conditionId());
                long drift = Math.abs(t.price().micros() - resting.intent().price().micros()) / t.tickSize().micros();
                wanted.requotes.add(new MutationPlanner.Requote(resting.clientOrderId(),
                        request(m, t, qp, decision.reason()), drift));
            }
            case CANCEL -> wanted.cancel(current.orElseThrow());
            default -> { }
        }
    }

    /**
     * Tokens we can sell now: positions less what recent buys brought that the venue still holds
     * under their trade (until MINED), so an ask is not sent as a SELL the venue must refuse.
     */
    private Map<TokenId, Shares> sellableHoldings() {
        Map<TokenId, Shares> holdings = new HashMap<>();
        for (Position pos : p.store().positions()) {
            holdings.put(pos.token(), pos.size());
        }
        unsettledBuys.values().removeIf(f -> p.store().findFill(f.key()).map(known -> settled(known.status()))
                .orElse(true));
        for (Fill f : unsettledBuys.values()) {
            holdings.computeIfPresent(f.token(), (t, held) -> held.minus(held.min(f.size())));
        }
        return holdings;
    }

    private static boolean settled(TradeStatus status) {
        return status == TradeStatus.MINED || status == TradeStatus.CONFIRMED
                || status == TradeStatus.FAILED;
    }

    private OrderRequest request(Market m, TargetQuote q, QuotePermissions qp, String reason) {
        ClientOrderId id = new ClientOrderId(p.orderIdPrefix() + "-" + (++orderSeq));
        return new OrderRequest(q.toIntent(id, reason), m, DecisionPermissions.order(qp));
    }

    /** A YES buy and a NO sell are bids on YES; a YES sell and a NO buy are asks. */
    private static QuoteRole roleOf(Market m, Order o) {
        boolean yes = o.intent().token().equals(m.yesToken());
        boolean buy = o.intent().side() == Side.BUY;
        return yes == buy ? QuoteRole.BID : QuoteRole.ASK;
    }

    private static boolean cancellable(Order o) {
        return o.status() == OrderStatus.LIVE || o.status() == OrderStatus.PARTIALLY_FILLED;
    }

    private BigDecimal toxicity(ConditionId market) {
        return Toxicity.of(p.markouts().snapshot(market), TOXICITY_MIN_FILLS, TOXICITY_FULL_BPS);
    }

    /**
     * The mid of each market's YES book (the venue mirrors NO orders into it), and 1 − it for NO;
     * recorded every cycle even when unchanged, so quiet markets still get markout points.
     */
    private Map<TokenId, Price> recordMids(MarketSnapshot snapshot, Instant now) {
        Collection<Market> markets = p.universe().all();
        // Sized for a mid per token (two a market) at the default load factor: no rehash every cycle.
        Map<TokenId, Price> mids = new HashMap<>(markets.size() * 8 / 3 + 1);
        Map<TokenId, Book> books = snapshot.books();
        int i = 0;
        for (Market m : markets) {
            MidSlots slots = midSlots(i++, m);
            Book yes = books.get(m.yesToken());
            if (yes == null || !books.containsKey(m.noToken())) {
                continue;
            }
            Optional<Price> yesMid = p.mids().of(yes, snapshot.lastTrade(m.yesToken())).mid();
            if (yesMid.isEmpty()) {
                continue;
            }
            Price mid = yesMid.get();
            Price noMid = mid.complement();
            mids.put(m.yesToken(), mid);
            mids.put(m.noToken(), noMid);
            p.markouts().recordMid(slots.yes(), now, mid);
            p.markouts().recordMid(slots.no(), now, noMid);
        }
        return mids;
    }

    /** The i-th market's mid slots, kept from the cycle before while the universe lists the same market there. */
    private MidSlots midSlots(int i, Market m) {
        if (i < midSlots.size() && midSlots.get(i).market() == m) {
            return midSlots.get(i);
        }
        MidSlots slots = new MidSlots(m, p.markouts().midSlot(m.yesToken()), p.markouts().midSlot(m.noToken()));
        if (i < midSlots.size()) {
            midSlots.set(i, slots);
        } else {
            midSlots.add(slots);
        }
        return slots;
    }

    /** A market's two tokens' places in the recorded mids. */
    private record MidSlots(Market market, MidPath.Slot yes, MidPath.Slot no) {}

    private void publishFacts(MarketSnapshot snapshot, Map<TokenId, Price> mids) {
        p.facts().markets().publish(snapshot.facts());
        inventory.publish(p.universe().all(), p.store().positions(), p.store().reservations(), mids);
        List<MarkoutFacts> markouts = new ArrayList<>();
        for (Market m : p.universe().all()) {
            MarkoutSnapshot s = p.markouts().snapshot(m.conditionId());
            markouts.add(new MarkoutFacts(m.conditionId().value(), s.makerFillCount(),
                    s.meanMarkout2mBps().setScale(4, RoundingMode.HALF_EVEN), s.tStat2mForRules(),
                    toxicLastCycle.contains(m.conditionId())));
        }
        p.facts().markouts().publish(markouts);
    }

    private void logVetoChange(ConditionId market, MarketDecision d, QuotePermissions qp, String version) {
        String now = qp.vetoReason().orElse("");
        String before = vetoLogged.put(market, now);
        if (now.equals(before == null ? "" : before)) {
            return;
        }
        if (now.isEmpty()) {
            AUDIT.info("veto lifted market={} version={}", market.value(), version);
        } else if (!d.vetoes().isEmpty()) {
            for (Decision v : d.vetoes()) {
                AUDIT.info("veto market={} rule=\"{}\" reason={} version={} detail=\"{}\"", market.value(),
                        v.ruleName(), v.reasonCode(), v.rulesVersion(), v.detail());
            }
        } else {
            AUDIT.info("veto market={} rule=\"{}\" state={} version={}", market.value(),
                    d.because().stream().findFirst().map(Decision::ruleName).orElse("(no rule allowed quoting)"),
                    d.state(), version);
        }
    }


}
