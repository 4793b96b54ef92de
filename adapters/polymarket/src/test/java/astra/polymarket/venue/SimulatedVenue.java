package astra.polymarket.venue;

import astra.polymarket.auth.ApiCredentials;
import astra.polymarket.auth.L2Auth;
import astra.polymarket.clob.ClobClient;
import astra.polymarket.gamma.GammaClient;
import astra.polymarket.gamma.MarketCatalog;
import astra.polymarket.rest.RestSettings;
import astra.polymarket.signing.PrivateKey;
import astra.simulator.auth.ApiKey;
import astra.simulator.auth.ProtocolSignatures;
import astra.simulator.host.HostedVenue;
import astra.simulator.matching.MarketSpec;
import astra.simulator.server.SimulatorConfig;
import astra.simulator.server.SimulatorServer;
import astra.simulator.world.ScenarioSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * A real simulator server on loopback in virtual time, checking signatures with the shared
 * protocol module, with the development key's account funded; and this adapter's clients wired to
 * it. Two standalone markets and one negRisk event, no takers, so the book moves only with us.
 */
public final class SimulatedVenue implements AutoCloseable {
    public static final long CHAIN_ID = 137;
    /** The public development key of the shared vectors; the simulator funds its address. */
    public static final PrivateKey DEV_KEY =
            PrivateKey.fromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    public static final ApiCredentials CREDENTIALS = new ApiCredentials("00000000-0000-4000-8000-00000000a571",
            Base64.getUrlEncoder().encodeToString("venue adapter IT secret 32 bytes".getBytes(StandardCharsets.UTF_8)),
            "adapter-passphrase");
    static final ApiKey TRADER = new ApiKey(CREDENTIALS.key(), CREDENTIALS.secret(), CREDENTIALS.passphrase(),
            DEV_KEY.address().value());

    public final SimulatorServer server;
    public final Clock clock;
    public final MarketCatalog catalog;

    public SimulatedVenue() {
        this(Set.of());
    }

    /** @param newerProtocolMarkets condition ids Gamma marks {@code version: "v2"} */
    public SimulatedVenue(Set<String> newerProtocolMarkets) {
        ScenarioSettings quiet = ScenarioSettings.defaults().withCrowd(2, 1, 0.0, 0, 0);
        ProtocolSignatures signatures = new ProtocolSignatures(CHAIN_ID);
        server = new SimulatorServer(SimulatorConfig.of(7, quiet, TRADER, signatures, signatures)
                .withNewerProtocolMarkets(newerProtocolMarkets)).start();
        // The crowd's makers have all quoted after ten virtual seconds.
        server.advanceBy(10_000);
        clock = new VirtualClock(server);
        catalog = new MarketCatalog(GammaClient.create(RestSettings.defaults(server.baseUri())));
        catalog.refresh();
    }

    /** The condition ids the simulator would create for this seed and crowd (starts one briefly). */
    public static List<String> conditionIds() {
        try (SimulatedVenue probe = new SimulatedVenue()) {
            return probe.markets().stream().map(MarketSpec::conditionId).toList();
        }
    }

    public URI baseUri() {
        return server.baseUri();
    }

    public VenueConnection connection(MarketDirectory directory) {
        return VenueConnection.eoa(server.baseUri(), CREDENTIALS, DEV_KEY, directory);
    }

    public PolymarketVenue venue(MarketDirectory directory) {
        return PolymarketVenue.connect(connection(directory), clock);
    }

    public PolymarketVenue venue() {
        return venue(catalog);
    }

    public ClobClient clob() {
        return ClobClient.create(RestSettings.defaults(server.baseUri()), new L2Auth(CREDENTIALS, DEV_KEY.address()),
                clock);
    }

    public List<MarketSpec> markets() {
        return server.onVenue(v -> v.exchange().markets());
    }

    public MarketSpec plainMarket() {
        return markets().stream().filter(m -> !m.negRisk()).findFirst().orElseThrow();
    }

    public MarketSpec negRiskMarket() {
        return markets().stream().filter(MarketSpec::negRisk).findFirst().orElseThrow();
    }

    public Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The simulator's virtual clock, read on its venue thread. */
    private static final class VirtualClock extends Clock {
        private final SimulatorServer server;

        VirtualClock(SimulatorServer server) {
            this.server = server;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the virtual clock is UTC");
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(server.onVenue(HostedVenue::nowMillis));
        }
    }
}
