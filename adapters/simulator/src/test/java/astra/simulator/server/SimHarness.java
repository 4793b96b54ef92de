package astra.simulator.server;

import astra.simulator.auth.ApiKey;
import astra.simulator.auth.ProtocolSignatures;
import astra.simulator.auth.SigningDomain;
import astra.simulator.matching.MarketSpec;
import astra.simulator.world.ScenarioSettings;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Base64;
import java.util.List;

/** Starts a small simulator for the ITs: two plain markets and one negRisk event, no takers. */
final class SimHarness implements AutoCloseable {
    static final ProtocolSignatures SIGNATURES = new ProtocolSignatures(SimClient.CHAIN_ID);
    static final ApiKey TRADER = new ApiKey("00000000-0000-4000-8000-000000000001",
            Base64.getUrlEncoder().encodeToString("a test secret of 32 bytes length".getBytes()),
            "test-passphrase", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");

    final SimulatorServer server;
    final SimClient client;

    SimHarness() {
        this(config(7));
    }

    SimHarness(SimulatorConfig config) {
        server = new SimulatorServer(config).start();
        // Makers of the second market first quote at step 9 (every 10 s, staggered by index).
        server.advanceBy(10_000);
        client = new SimClient(server.baseUri(), TRADER);
    }

    static SimulatorConfig config(long seed) {
        ScenarioSettings quiet = ScenarioSettings.defaults().withCrowd(2, 1, 0.0, 0, 0);
        return SimulatorConfig.of(seed, quiet, TRADER, SIGNATURES, SIGNATURES);
    }

    List<MarketSpec> markets() {
        return server.onVenue(v -> v.exchange().markets());
    }

    MarketSpec plainMarket() {
        return markets().stream().filter(m -> !m.negRisk()).findFirst().orElseThrow();
    }

    MarketSpec negRiskMarket() {
        return markets().stream().filter(MarketSpec::negRisk).findFirst().orElseThrow();
    }

    SigningDomain domainOf(MarketSpec m) {
        return server.onVenue(v -> v.signingDomain(m));
    }

    /**
     * A price at which buying YES trades now: the crowd's makers only bid (YES and NO), so a YES buy
     * crosses the best NO bid through a mint at 1 − that bid. From GET /book, best level last.
     */
    long crossingYesBuyMicros(MarketSpec m) {
        JsonArray noBids = new JsonObject(client.publicGet("/book?token_id=" + m.noToken()).body()).getJsonArray("bids");
        return 1_000_000 - astra.simulator.matching.Amounts.parse(noBids.getJsonObject(noBids.size() - 1).getString("price"));
    }

    @Override
    public void close() {
        server.stop();
    }
}
