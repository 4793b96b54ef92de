package astra.runtime;

import astra.domain.Price;
import astra.facts.FactStore;
import astra.facts.FactStoreConfig;
import astra.polymarket.auth.ApiCredentials;
import astra.polymarket.signing.ExchangeContracts;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.SignatureType;
import astra.report.TruthReport;
import astra.simulator.auth.ApiKey;
import astra.simulator.auth.ProtocolSignatures;
import astra.simulator.server.SimulatorConfig;
import astra.simulator.server.SimulatorServer;
import astra.simulator.server.TimeMode;
import astra.simulator.scenario.Scenario;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
            TradingSession.requireSensible(duration, maxMarkets);
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
        return run(o, console, beforeStart, sim -> { });
    }

    /**
     * As {@link #run(Options, PrintWriter, java.util.function.Consumer)}, letting {@code simulatorStarted}
     * see the embedded simulator once it listens, before anything connects to it (benchmarks only).
     */
    public static Result run(Options o, PrintWriter console, java.util.function.Consumer<TradingCore> beforeStart,
            java.util.function.Consumer<SimulatorServer> simulatorStarted) throws Exception {
        Clock clock = Clock.systemUTC();
        PrivateKey key = PrivateKey.fromHex(DEVELOPMENT_KEY);
        RuntimeSettings settings = RuntimeSettings.load(o.overrides());
        StoreConfig storeConfig = o.store().orElse(StoreConfig.h2File(o.dataDir().resolve("paper").resolve(o.runId())));

        SimulatorConfig simConfig = simulatorConfig(o.scenario(), o.seed(), TimeMode.REAL);
        try (SimulatorServer sim = new SimulatorServer(simConfig).start();
                FactStore facts = FactStore.start(factStoreConfig(settings));
                JdbcOrderStore store = JdbcOrderStore.open(storeConfig, clock)) {
            simulatorStarted.accept(sim);
            String scenario = "scenario " + o.scenario().name() + ", seed " + simConfig.seed();
            TradingSession.Plan plan = new TradingSession.Plan(o.runId(), "paper", "simulator " + sim.baseUri(),
                    scenario, String.format("paper %s: simulator on %s (%s)", o.runId(), sim.baseUri(), scenario),
                    o.duration(), java.util.Set.of(), o.maxMarkets(), o.rulesDir(), o.out(), settings);
            TradingSession.Account account = new TradingSession.Account(sim.baseUri(), sim.baseUri(),
                    java.net.URI.create(sim.wsUri() + "/market"), java.net.URI.create(sim.wsUri() + "/user"),
                    ExchangeContracts.POLYGON, SIMULATOR_CREDENTIALS, key, key.address(), SignatureType.EOA);
            TradingSession.Result r = TradingSession.run(plan, account, store, facts, hiddenFairValue(sim), clock,
                    console, beforeStart);
            return new Result(r.out(), r.report(), r.quotesSent(), r.fills(), r.pnl());
        }
    }

    /**
     * The embedded simulator for the development trader (funded, with the simulator's credentials,
     * real signature checks), on the scenario: its seed when its file names one, unless
     * {@code seed} says otherwise. Shared by paper (REAL time) and backtest (VIRTUAL time).
     */
    public static SimulatorConfig simulatorConfig(Scenario scenario, Optional<Long> seed, TimeMode time) {
        PrivateKey key = PrivateKey.fromHex(DEVELOPMENT_KEY);
        ApiKey trader = new ApiKey(SIMULATOR_CREDENTIALS.key(), SIMULATOR_CREDENTIALS.secret(),
                SIMULATOR_CREDENTIALS.passphrase(), key.address().toString().toLowerCase());
        ProtocolSignatures signatures = new ProtocolSignatures(ExchangeContracts.POLYGON);
        SimulatorConfig configured = SimulatorConfig.of(DEFAULT_SEED, scenario.settings(), trader, signatures,
                signatures).withScenario(scenario).withTimeMode(time);
        return seed.map(configured::withSeed).orElse(configured);
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
