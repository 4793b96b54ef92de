package astra.features;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.NegRiskMarketId;
import astra.domain.Price;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.TokenId;
import astra.domain.Usd;
import astra.execution.CanonicalMid;
import astra.execution.GtdExpiry;
import astra.execution.InMemoryOrderStore;
import astra.execution.MidFallbackCounters;
import astra.execution.firewall.FirewallConfig;
import astra.execution.firewall.FirewallHandles;
import astra.execution.firewall.Firewalls;
import astra.execution.firewall.OrderGateway;
import astra.execution.firewall.ReconciliationReport;
import astra.rules.Policy;
import astra.strategy.Inventory;
import astra.strategy.QuotePermissions;
import astra.strategy.quote.InventoryAwareQuoter;
import astra.strategy.quote.QuoteContext;
import astra.strategy.quote.QuotePlan;
import astra.strategy.quote.QuoterSettings;
import astra.time.VirtualClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trading side of a scenario: the desk's markets as the venue lists them, their YES and NO
 * books, the real quoter and the real executor firewall over a {@link RecordingVenue}, all on one
 * virtual clock that starts at the {@link World}'s time and that steps move.
 *
 * <p>A market takes its close and negRisk grouping from the {@link Desk}'s spec, a 0.01 tick, a
 * minimum of 5 shares and the V2 taker fee curve (rate 0.03, exponent 1, makers free). Its YES book
 * is the desk's default (0.45 / 0.48, 400 a side) and its NO book that book's venue mirror
 * (0.52 / 0.55), until a step sets another. Thresholds come from the shipped {@code rules/policy.yaml}.
 */
public class TradingDesk {
    static final FeeSchedule TAKER_CURVE = new FeeSchedule.Curve(new BigDecimal("0.03"), 1, BigDecimal.ZERO, true);
    static final Shares MIN_SIZE = Shares.whole(5);
    /** The funds the firewall sees: far more than any scenario spends, so only the checks under test refuse. */
    static final Usd BALANCE = Usd.parse("100000");

    private final World world;
    private final Desk desk;
    private final Map<String, Market> markets = new HashMap<>();
    private final Map<TokenId, Book> books = new HashMap<>();
    private VirtualClock clock;
    private RecordingVenue venue;
    private InMemoryOrderStore store;
    private FirewallHandles firewall;
    private int orderSeq;

    public TradingDesk(World world, Desk desk) {
        this.world = world;
        this.desk = desk;
    }

    VirtualClock clock() {
        if (clock == null) {
            clock = new VirtualClock(world.clock.instant());
        }
        return clock;
    }

    Policy policy() {
        return desk.rules.get().policy();
    }

    Market market(String name) {
        return markets.computeIfAbsent(name, this::listed);
    }

    private Market listed(String name) {
        Desk.MarketSpec spec = desk.market(name);
        return new Market(new ConditionId(name), new TokenId(name + "-YES"), new TokenId(name + "-NO"),
                spec.negRiskEvent.isPresent(), spec.negRiskEvent.map(NegRiskMarketId::new), world.tick, MIN_SIZE,
                TAKER_CURVE, ProtocolVersion.V2, MarketClocks.closingAt(clock().instant().plus(spec.timeToClose)));
    }

    Book yesBook(String name) {
        Market m = market(name);
        return books.computeIfAbsent(m.yesToken(), t -> book(t, Desk.DEFAULT_BID_MICROS, Desk.DEFAULT_ASK_MICROS));
    }

    /** The NO book as the venue mirrors the YES book: NO bid = 1 − YES ask, NO ask = 1 − YES bid. */
    Book noBook(String name) {
        Market m = market(name);
        return books.computeIfAbsent(m.noToken(), t -> book(t, 1_000_000 - Desk.DEFAULT_ASK_MICROS,
                1_000_000 - Desk.DEFAULT_BID_MICROS));
    }

    void setNoBook(String name, Price bid, Price ask) {
        Market m = market(name);
        books.put(m.noToken(), book(m.noToken(), bid.micros(), ask.micros()));
    }

    private Book book(TokenId token, long bidMicros, long askMicros) {
        Shares depth = new Shares(Desk.DEFAULT_DEPTH_MICROS);
        return new Book(token, List.of(new BookLevel(new Price(bidMicros), depth)),
                List.of(new BookLevel(new Price(askMicros), depth)), world.tick, 0, clock().instant());
    }

    InventoryAwareQuoter quoter() {
        return new InventoryAwareQuoter(clock(), QuoterSettings.defaults(), new GtdExpiry(clock()));
    }

    /** The quoter's plan for a market holding {@code inventory}, under {@code permissions}. */
    QuotePlan quote(String name, Inventory inventory, QuotePermissions permissions) {
        Book yes = yesBook(name);
        CanonicalMid mids = new CanonicalMid(clock(), Duration.ofSeconds(30), new MidFallbackCounters());
        return quoter().quote(new QuoteContext(market(name), yes, noBook(name), mids.of(yes), inventory, permissions,
                BigDecimal.ZERO));
    }

    RecordingVenue venue() {
        firewall();
        return venue;
    }

    InMemoryOrderStore store() {
        firewall();
        return store;
    }

    /** The strategy's gateway to the firewall, opened by a first reconciliation of the empty venue. */
    OrderGateway gateway() {
        return firewall().gateway();
    }

    private FirewallHandles firewall() {
        if (firewall == null) {
            venue = new RecordingVenue();
            store = new InMemoryOrderStore(clock());
            // As the runtime builds it: the policy's mutations per minute, one rolling minute.
            FirewallConfig config = FirewallConfig.DEFAULTS.withMutationBudget(
                    policy().execution().mutationsPerMinute(), Duration.ofMinutes(1));
            firewall = Firewalls.over(venue, store, () -> BALANCE, clock()).config(config)
                    .safetyExecutor(Runnable::run).build();
            ReconciliationReport first = firewall.control().reconcile();
            assertThat(first.clean()).as("first reconciliation of an empty venue").isTrue();
        }
        return firewall;
    }

    ClientOrderId nextOrderId() {
        return new ClientOrderId("spec-" + (++orderSeq));
    }
}
