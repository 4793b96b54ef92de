package astra.runtime;

import astra.domain.ConditionId;
import astra.domain.Usd;
import astra.facts.FactStore;
import astra.polymarket.auth.ApiCredentials;
import astra.polymarket.auth.L2Auth;
import astra.polymarket.clob.AssetType;
import astra.polymarket.clob.ClobClient;
import astra.polymarket.gamma.GammaClient;
import astra.polymarket.gamma.MarketCatalog;
import astra.polymarket.gamma.MarketListing;
import astra.polymarket.rest.RestSettings;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.Bytes32;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.SignatureType;
import astra.polymarket.venue.PolymarketVenue;
import astra.polymarket.venue.VenueConnection;
import astra.ports.RunRecords;
import astra.report.TruthReport;
import astra.report.TruthReportText;
import astra.rules.LiveRules;
import astra.rules.RuleSetCompiler;
import astra.store.JdbcOrderStore;
import astra.strategy.quote.QuoterSettings;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One trading session over a venue, whichever it is (the embedded simulator for {@code paper}, a
 * CLOB URL for {@code live}): reads the catalog, picks the markets, assembles and starts the
 * runtime, prints progress, and at the end stops it (cancel-all, reconcile), builds and writes the
 * truth report and prints the summary with the output path last. The run's facts, its mark tape
 * and the reference prices the report used are kept in the store so {@code astra report} can
 * rebuild the same report later.
 */
public final class TradingSession {
    private static final Logger LOG = LoggerFactory.getLogger(TradingSession.class);

    /**
     * Where the venue is and whose account trades on it.
     *
     * @param funder the orders' maker: the signer's address for EOA, the deposit wallet otherwise
     */
    public record Account(URI clob, URI gamma, URI marketChannel, URI userChannel, long chainId,
            ApiCredentials credentials, PrivateKey key, Address funder, SignatureType signatureType) {
        public Account {
            Objects.requireNonNull(clob, "clob");
            Objects.requireNonNull(gamma, "gamma");
            Objects.requireNonNull(marketChannel, "marketChannel");
            Objects.requireNonNull(userChannel, "userChannel");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(funder, "funder");
            Objects.requireNonNull(signatureType, "signatureType");
        }

        @Override
        public String toString() {
            return "Account[" + clob + ", chain " + chainId + ", funder " + funder + ", " + signatureType
                    + ", credentials=***, key=***]";
        }
    }

    /**
     * What to run.
     *
     * @param kind {@code paper}, {@code live}, … as the run records name it
     * @param venue where it trades, for the run records
     * @param scenario the simulator scenario and seed as text, empty for a real venue
     * @param header the start line's beginning; the session adds the market count and rules version
     * @param only trade these markets (all must be in the catalog), or any when empty
     * @param maxMarkets at most this many (the catalog's first by condition id), 0 for no limit
     */
    public record Plan(String runId, String kind, String venue, String scenario, String header, Duration duration,
            Set<ConditionId> only, int maxMarkets, Path rulesDir, Path out, RuntimeSettings settings) {
        public Plan {
            Objects.requireNonNull(runId, "runId");
            only = Set.copyOf(only);
            requireSensible(duration, maxMarkets);
        }
    }

    /** The JVM's uptime, the clock of its GC log: where the session's trading falls in that log. */
    private static long uptimeMillis() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** The quoting path compiled before the first frame (see {@link MakerLoop#warmUp}); its cost is logged. */
    private static void warmUp(MakerLoop loop, int rounds) {
        long t0 = System.nanoTime();
        loop.warmUp(rounds);
        LOG.info("quoting path warmed up: {} rounds in {} ms", rounds, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The checks every session command's length and market bound must pass. */
    static void requireSensible(Duration duration, int maxMarkets) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--duration must be positive, was " + duration);
        }
        if (maxMarkets < 0) {
            throw new IllegalArgumentException("--markets must not be negative, was " + maxMarkets);
        }
    }

    /** What a session leaves behind. */
    public record Result(Path out, TruthReport report, long quotesSent, long fills, BigDecimal pnl) {}

    private TradingSession() {}

    /**
     * Runs the plan on the account with the given store and fact store (both the caller's to close);
     * {@code reference} is the venue's hidden fair value, {@link SessionReport.Reference#NONE} for a real one.
     */
    public static Result run(Plan plan, Account account, JdbcOrderStore store, FactStore facts,
            SessionReport.Reference reference, Clock clock, PrintWriter console) throws Exception {
        return run(plan, account, store, facts, reference, clock, console, core -> { });
    }

    /** As above, letting {@code beforeStart} see the trading core before the runtime starts (benchmarks). */
    public static Result run(Plan plan, Account account, JdbcOrderStore store, FactStore facts,
            SessionReport.Reference reference, Clock clock, PrintWriter console,
            java.util.function.Consumer<TradingCore> beforeStart) throws Exception {
        RuntimeSettings settings = plan.settings();
        MarketCatalog catalog = new MarketCatalog(GammaClient.create(RestSettings.defaults(account.gamma())));
        catalog.refresh();
        MarketUniverse universe = MarketUniverse.of(select(catalog, plan));
        ClobClient clob = ClobClient.create(RestSettings.defaults(account.clob()),
                new L2Auth(account.credentials(), account.key().address()), clock);
        PolymarketVenue venue = PolymarketVenue.connect(new VenueConnection(account.clob(), account.chainId(),
                account.credentials(), account.key(), account.funder(), account.signatureType(), Bytes32.ZERO, catalog),
                clock);
        LiveRules rules = LiveRules.load(new RuleSetCompiler(clock), clock, plan.rulesDir());
        CachedBalance balance = new CachedBalance(clock, () -> new Usd(clob.balanceAllowance(AssetType.COLLATERAL,
                null, account.signatureType()).balance().longValueExact()));

        AstraRuntime runtime = new AstraRuntime(new AstraRuntime.Venues(clock, settings, venue, balance, universe,
                store, facts, rules, plan.rulesDir(), account.funder().toString(), account.marketChannel(),
                account.userChannel(), account.credentials(), (deadMan, errors) -> new VenueHeartbeat(clob, deadMan, errors),
                QuoterSettings.defaults(), plan.runId()));
        warmUp(runtime.core().loop(), settings.integer("astra.warmup.rounds"));
        Instant start = clock.instant();
        Usd bankroll = Usd.of(settings.decimal("astra.bankroll-usd"));
        RunRecords records = store.runs();
        records.recordRunStart(RunRecords.Run.started(plan.runId(), plan.kind(), plan.venue(), plan.scenario(), start,
                bankroll), StoredRunReport.runMarkets(universe));
        MarkTapeWriter tapeWriter = new MarkTapeWriter(records, plan.runId(), MarkTapeWriter.DEFAULT_PERIOD);
        runtime.tape().onRecord(tapeWriter);
        console.printf("%s, %d markets, rules %s%n", plan.header(), universe.all().size(),
                rules.current().version().id());
        console.flush();
        try {
            beforeStart.accept(runtime.core());
            runtime.start();
            LOG.info("trading from JVM uptime {} ms", uptimeMillis());
        } catch (Exception | Error e) {
            tapeWriter.close();
            throw e;
        }
        console.printf("metrics: http://127.0.0.1:%d/metrics%n", runtime.adminPort());
        console.flush();
        Duration every = Duration.ofSeconds(settings.integer("astra.progress.period-s"));
        Instant end = start.plus(plan.duration());
        try {
            while (clock.instant().isBefore(end)) {
                Thread.sleep(Math.min(every.toMillis(), Math.max(1, Duration.between(clock.instant(), end).toMillis())));
                console.println(ProgressLine.of(runtime.core(), store, rules, start, clock));
                console.flush();
            }
        } finally {
            LOG.info("trading stops at JVM uptime {} ms", uptimeMillis());
            try {
                runtime.stop(plan.kind() + " session ended");
            } finally {
                tapeWriter.close();
            }
        }
        Instant finished = clock.instant();
        RecordedReference recorded = new RecordedReference(reference);
        TruthReport report = SessionReport.build(start, finished, bankroll, store.fills(), runtime.tape(), universe,
                runtime.stats().quotesSent(), recorded);
        SessionReport.write(report, plan.out());
        records.recordReferenceMarks(plan.runId(), recorded.answers());
        records.recordRunEnd(plan.runId(), finished, runtime.stats().quotesSent());
        BigDecimal pnl = SessionReport.pnl(store.positions(), runtime.tape().last());
        console.println(TruthReportText.render(report));
        console.printf("quotes %d, fills %d, P&L %s pUSD (marked to mid)%n", runtime.stats().quotesSent(),
                store.fills().size(), pnl.toPlainString());
        console.println("report: " + plan.out().toAbsolutePath());
        console.flush();
        return new Result(plan.out(), report, runtime.stats().quotesSent(), store.fills().size(), pnl);
    }

    /** The plan's markets from the catalog: the named ones if any, sorted by condition id, at most N. */
    static List<MarketListing> select(MarketCatalog catalog, Plan plan) {
        List<MarketListing> listed = catalog.listings();
        Set<ConditionId> known = listed.stream().map(l -> l.market().conditionId()).collect(Collectors.toSet());
        List<String> unknown = plan.only().stream().filter(id -> !known.contains(id)).map(ConditionId::value)
                .sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not in the venue's catalog: " + String.join(", ", unknown));
        }
        return listed.stream().filter(l -> plan.only().isEmpty() || plan.only().contains(l.market().conditionId()))
                .sorted(Comparator.comparing(l -> l.market().conditionId().value()))
                .limit(plan.maxMarkets() == 0 ? Long.MAX_VALUE : plan.maxMarkets()).toList();
    }

}
