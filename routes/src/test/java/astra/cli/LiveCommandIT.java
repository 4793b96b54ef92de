package astra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.auth.EnvironmentSecrets;
import astra.polymarket.signing.ExchangeContracts;
import astra.polymarket.signing.PrivateKey;
import astra.ports.RunRecords;
import astra.runtime.LiveSession;
import astra.simulator.auth.ApiKey;
import astra.simulator.auth.ProtocolSignatures;
import astra.simulator.scenario.Scenario;
import astra.simulator.server.SimulatorConfig;
import astra.simulator.server.SimulatorServer;
import astra.simulator.server.TimeMode;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code astra live} against the simulator in REAL time, standing in for the venue: the CLOB, the
 * channels, Gamma and the Polygon JSON-RPC the wallet preflight reads are all the simulator's.
 */
@Timeout(300)
class LiveCommandIT {
    /** Hardhat's account #0 (the shared signing vectors' public development key): holds nothing anywhere. */
    private static final String KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private static final String API_KEY = "00000000-0000-4000-8000-00000000117e";
    private static final String API_SECRET = "bGl2ZS1pdC1zaW11bGF0b3Itb25seS1zZWNyZXQ=";
    private static final String API_PASSPHRASE = "live-it-passphrase";
    private static final Map<String, String> ENVIRONMENT = Map.of(EnvironmentSecrets.PRIVATE_KEY, KEY,
            EnvironmentSecrets.API_KEY, API_KEY, EnvironmentSecrets.API_SECRET, API_SECRET,
            EnvironmentSecrets.API_PASSPHRASE, API_PASSPHRASE);

    @TempDir
    Path temp;

    private SimulatorServer sim;

    @AfterEach
    void stopSimulator() {
        if (sim != null) {
            sim.close();
        }
    }

    /** The simulator with our trader funded with {@code pusdMicros} (allowances are always unlimited there). */
    private SimulatorServer simulator(long pusdMicros) {
        ApiKey trader = new ApiKey(API_KEY, API_SECRET, API_PASSPHRASE,
                PrivateKey.fromHex(KEY).address().toString().toLowerCase());
        ProtocolSignatures signatures = new ProtocolSignatures(ExchangeContracts.POLYGON);
        SimulatorConfig c = SimulatorConfig.of(7, Scenario.defaults().settings(), trader, signatures, signatures)
                .withScenario(Scenario.defaults()).withTimeMode(TimeMode.REAL);
        sim = new SimulatorServer(new SimulatorConfig(c.port(), c.seed(), c.scenario(), c.timeMode(), c.trader(),
                pusdMicros, c.rateLimits(), c.newerProtocolMarkets(), c.orderVerifier(), c.l1Check(),
                c.heartbeatTimeoutMillis(), c.realTimeTickMillis(), c.faultSchedule())).start();
        return sim;
    }

    private List<String> liveArgs(String duration, String... more) {
        List<String> args = new ArrayList<>(List.of("live",
                "--clob-url", sim.baseUri().toString(), "--ws-url", sim.wsUri().toString(),
                "--gamma-url", sim.baseUri().toString(), "--rpc-url", sim.baseUri().resolve("/rpc").toString(),
                "--duration", duration, "--markets", "4",
                "--rules", System.getProperty("astra.rules.dir", "../rules"),
                "--out", temp.resolve("out").toString(),
                "--db-url", StoreConfig.h2File(temp.resolve("db").resolve("live")).url()));
        args.addAll(List.of(more));
        return args;
    }

    private long traderOrders() {
        return sim.counts().traderOrders();
    }

    private int openOrdersOfTrader() {
        return sim.onVenue(v -> v.exchange().openOrders(API_KEY).size());
    }

    @Test
    void withoutTheFlag_refuses_andNothingReachesTheVenue() {
        simulator(SimulatorConfig.DEFAULT_TRADER_PUSD_MICROS);

        CliRun.Result r = CliRun.run(ENVIRONMENT, liveArgs("10s").toArray(String[]::new));

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("refusing to trade real money without " + LiveSession.REAL_MONEY_FLAG)
                .contains("nothing was sent");
        assertThat(traderOrders()).isZero();
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void unfundedTrader_failsThePreflight_andNothingReachesTheVenue() {
        simulator(0);

        CliRun.Result r = CliRun.run(ENVIRONMENT,
                liveArgs("10s", LiveSession.REAL_MONEY_FLAG).toArray(String[]::new));

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.out()).contains("FAIL pUSD balance: fund pUSD: 0 pUSD at");
        assertThat(r.err()).contains("wallet preflight failed (1 of 9 checks)").contains("nothing was sent");
        assertThat(traderOrders()).isZero();
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void fundedTrader_withTheFlag_quotesOnTheVenue_andStopsWithNothingLeftOpen() throws Exception {
        simulator(SimulatorConfig.DEFAULT_TRADER_PUSD_MICROS);

        CliRun.Result r = CliRun.run(ENVIRONMENT,
                liveArgs("30s", LiveSession.REAL_MONEY_FLAG).toArray(String[]::new));

        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        assertThat(r.out()).contains("PASS pUSD balance").contains("REAL ORDERS on " + sim.baseUri());
        assertThat(traderOrders()).as("orders the venue accepted from the trader").isPositive();
        assertThat(openOrdersOfTrader()).as("open orders after the stop's cancel-all").isZero();
        assertThat(r.out().strip().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("report: " + temp.resolve("out").toAbsolutePath());
        try (JdbcOrderStore store = JdbcOrderStore.open(StoreConfig.h2File(temp.resolve("db").resolve("live")),
                Clock.systemUTC())) {
            RunRecords.Run run = store.runs().runs().get(0);
            assertThat(run.kind()).isEqualTo("live");
            assertThat(run.end()).isPresent();
            assertThat(run.quotesSent()).isPositive();
        }
    }
}
