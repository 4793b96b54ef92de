package astra.runtime;

import astra.domain.Market;
import astra.domain.Price;
import astra.domain.Usd;
import astra.facts.FactStore;
import astra.facts.FactStoreConfig;
import astra.polymarket.auth.ApiCredentials;
import astra.polymarket.auth.L2Auth;
import astra.polymarket.clob.AssetType;
import astra.polymarket.clob.ClobClient;
import astra.polymarket.gamma.GammaClient;
import astra.polymarket.gamma.MarketCatalog;
import astra.polymarket.gamma.MarketListing;
import astra.polymarket.rest.RestSettings;
import astra.polymarket.signing.ExchangeContracts;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.SignatureType;
import astra.polymarket.venue.PolymarketVenue;
import astra.polymarket.venue.VenueConnection;
import astra.report.TruthReport;
import astra.report.TruthReportText;
import astra.rules.LiveRules;
import astra.rules.RuleSetCompiler;
import astra.simulator.auth.ApiKey;
import astra.simulator.auth.ProtocolSignatures;
import astra.simulator.server.SimulatorConfig;
import astra.simulator.server.SimulatorServer;
import astra.simulator.server.TimeMode;
import astra.simulator.scenario.Scenario;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import astra.strategy.quote.QuoterSettings;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * A paper session: the embedded simulator (REAL time, loopback, ephemeral port) with the public
 * development key funded, an embedded Hazelcast member, an H2 store of the run's own, the rules
 * with hot reload, and the runtime over the venue adapter. Prints a progress line every few
 * seconds; at the end cancels all, reconciles, writes the truth report and prints the summary
 * with the output path last.
 */
public final class PaperSession {
    /**
     * The public development key (Hardhat's account #0, in the shared signing vectors). It funds the
     * embedded simulator's trader and is used nowhere else; it holds nothing on any real chain.
     */
    public static final String DEVELOPMENT_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    /** The simulator's L2 credentials for the development trader: fixed, fake, simulator only. */
    public static final ApiCredentials SIMULATOR_CREDENTIALS = new ApiCredentials("00000000-0000-4000-8000-00000000a57a",
            "c2ltdWxhdG9yLW9ubHktc2VjcmV0LW5vdC1hLXJlYWwtb25l", "simulator-passphrase");

    /** The world's seed when neither the scenario file nor --seed names one. */
    public static final long DEFAULT_SEED = 42;

    /** What the command asked for. */
    public record Options(Duration duration, int maxMarkets, Optional<Long> seed, Scenario scenario, Path out,
            Optional<StoreConfig> store, Path dataDir, Path rulesDir, String runId, Properties overrides) {
        public Options {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("--duration must be positive, was " + duration);
            }
            if (maxMarkets < 0) {
                throw new IllegalArgumentException("--markets must not be negative, was " + maxMarkets);
            }
        }
    }

    /** What a session leaves behind. */
    public record Result(Path out, TruthReport report, long quotesSent, long fills, BigDecimal pnl) {}

    private PaperSession() {}

    public static Result run(Options o, PrintWriter console) throws Exception {
        return run(o, console, core -> { });
    }

    /** As {@link #run(Options, PrintWriter)}, letting {@code beforeStart} see the trading core first. */
    public static Result run(Options o, PrintWriter console, java.util.function.Consumer<TradingCore> beforeStart)
            throws Exception {
        Clock clock = Clock.systemUTC();
        PrivateKey key = PrivateKey.fromHex(DEVELOPMENT_KEY);
        String address = key.address().toString();
        ApiKey trader = new ApiKey(SIMULATOR_CREDENTIALS.key(), SIMULATOR_CREDENTIALS.secret(),
                SIMULATOR_CREDENTIALS.passphrase(), address.toLowerCase());
        ProtocolSignatures signatures = new ProtocolSignatures(ExchangeContracts.POLYGON);
        RuntimeSettings settings = RuntimeSettings.load(o.overrides());
        StoreConfig storeConfig = o.store().orElse(StoreConfig.h2File(o.dataDir().resolve("paper").resolve(o.runId())));

        // The scenario's seed (when its file names one) unless --seed says otherwise.
        SimulatorConfig simConfig = SimulatorConfig.of(DEFAULT_SEED, o.scenario().settings(), trader, signatures,
                signatures).withScenario(o.scenario()).withTimeMode(TimeMode.REAL);
        if (o.seed().isPresent()) {
            simConfig = simConfig.withSeed(o.seed().get());
        }
        try (SimulatorServer sim = new SimulatorServer(simConfig).start();
                FactStore facts = FactStore.start(factStoreConfig(settings));
                JdbcOrderStore store = JdbcOrderStore.open(storeConfig, clock)) {
            MarketCatalog catalog = new MarketCatalog(GammaClient.create(RestSettings.defaults(sim.baseUri())));
            catalog.refresh();
            List<Market> markets = catalog.listings().stream().map(MarketListing::market)
                    .sorted(Comparator.comparing(m -> m.conditionId().value()))
                    .limit(o.maxMarkets() == 0 ? Long.MAX_VALUE : o.maxMarkets()).toList();
            MarketUniverse universe = new MarketUniverse(markets);
            ClobClient clob = ClobClient.create(RestSettings.defaults(sim.baseUri()),
                    new L2Auth(SIMULATOR_CREDENTIALS, key.address()), clock);
            PolymarketVenue venue = PolymarketVenue.connect(
                    VenueConnection.eoa(sim.baseUri(), SIMULATOR_CREDENTIALS, key, catalog), clock);
            LiveRules rules = LiveRules.load(new RuleSetCompiler(clock), clock, o.rulesDir());
            CachedBalance balance = new CachedBalance(clock, () -> new Usd(clob.balanceAllowance(AssetType.COLLATERAL,
                    null, SignatureType.EOA).balance().longValueExact()));

            AstraRuntime runtime = new AstraRuntime(new AstraRuntime.Venues(clock, settings, venue, balance, universe,
                    store, facts, rules, o.rulesDir(), address, java.net.URI.create(sim.wsUri() + "/market"),
                    java.net.URI.create(sim.wsUri() + "/user"), SIMULATOR_CREDENTIALS,
                    deadMan -> new VenueHeartbeat(clob, deadMan), QuoterSettings.defaults(), o.runId()));
            Instant start = clock.instant();
            console.printf("paper %s: simulator on %s (scenario %s, seed %d), %d markets, rules %s%n",
                    o.runId(), sim.baseUri(), o.scenario().name(), simConfig.seed(), markets.size(),
                    rules.current().version().id());
            console.flush();
            beforeStart.accept(runtime.core());
            runtime.start();
            console.printf("metrics: http://127.0.0.1:%d/metrics%n", runtime.adminPort());
            console.flush();
            Duration every = Duration.ofSeconds(settings.integer("astra.progress.period-s"));
            Instant end = start.plus(o.duration());
            try {
                while (clock.instant().isBefore(end)) {
                    Thread.sleep(Math.min(every.toMillis(), Math.max(1, Duration.between(clock.instant(), end).toMillis())));
                    console.println(ProgressLine.of(runtime.core(), store, rules, start, clock));
                    console.flush();
                }
            } finally {
                runtime.stop("paper session ended");
            }
            Instant finished = clock.instant();
            TruthReport report = SessionReport.build(start, finished, Usd.of(settings.decimal("astra.bankroll-usd")),
                    store.fills(), runtime.tape(), universe, runtime.stats().quotesSent(), hiddenFairValue(sim));
            SessionReport.write(report, o.out());
            BigDecimal pnl = SessionReport.pnl(store.positions(), runtime.tape().last());
            console.println(TruthReportText.render(report));
            console.printf("quotes %d, fills %d, P&L %s pUSD (marked to mid)%n", runtime.stats().quotesSent(),
                    store.fills().size(), pnl.toPlainString());
            console.println("report: " + o.out().toAbsolutePath());
            console.flush();
            return new Result(o.out(), report, runtime.stats().quotesSent(), store.fills().size(), pnl);
        }
    }

    /** The simulator's hidden fair value of YES (and 1 − it for NO) at a time, when recorded. */
    public static SessionReport.Reference hiddenFairValue(SimulatorServer sim) {
        return (market, token, at) -> {
            try {
                long yes = sim.onVenue(v -> v.world().tape().fairMicros(market.conditionId().value(), at.toEpochMilli()));
                long micros = token.equals(market.yesToken()) ? yes : 1_000_000 - yes;
                return Optional.of(new Price(micros));
            } catch (RuntimeException outsideTape) {
                return Optional.empty();
            }
        };
    }

    /** The fact store's member settings from {@code astra.facts.*} (see application.properties). */
    public static FactStoreConfig factStoreConfig(RuntimeSettings settings) {
        String members = settings.properties().getProperty("astra.facts.members", "").trim();
        return new FactStoreConfig(settings.text("astra.facts.cluster-name"), settings.text("astra.facts.bind-address"),
                settings.integer("astra.facts.port"),
                members.isEmpty() ? java.util.List.of() : java.util.Arrays.stream(members.split(","))
                        .map(String::trim).filter(m -> !m.isEmpty()).toList());
    }
}
