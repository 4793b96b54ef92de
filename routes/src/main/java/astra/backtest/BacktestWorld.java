package astra.backtest;

import astra.domain.Usd;
import astra.polymarket.auth.L2Auth;
import astra.polymarket.clob.AssetType;
import astra.polymarket.clob.ClobClient;
import astra.polymarket.gamma.GammaClient;
import astra.polymarket.gamma.MarketCatalog;
import astra.polymarket.gamma.MarketListing;
import astra.polymarket.rest.RestSettings;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.SignatureType;
import astra.polymarket.venue.PolymarketVenue;
import astra.polymarket.venue.VenueConnection;
import astra.runtime.CachedBalance;
import astra.runtime.MarketUniverse;
import astra.runtime.PaperSession;
import astra.simulator.scenario.Scenario;
import astra.simulator.server.SimulatorConfig;
import astra.simulator.server.SimulatorServer;
import astra.simulator.server.TimeMode;
import astra.time.VirtualClock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The simulated venue a backtest trades on: the embedded simulator in VIRTUAL time with the
 * development trader funded, our clock following the venue's, and the real adapter over it (Gamma
 * catalog, CLOB client, venue port). It outlives a {@link BacktestRun}, so a test can stop one run
 * and start another over the same venue, as a restart would.
 */
public final class BacktestWorld implements AutoCloseable {
    private final SimulatorServer sim;
    private final long seed;
    private final VirtualClock clock;
    private final MarketUniverse universe;
    private final ClobClient clob;
    private final PolymarketVenue venue;
    private final CachedBalance balance;
    private final String address;

    private BacktestWorld(SimulatorServer sim, long seed, int maxMarkets) {
        this.sim = sim;
        this.seed = seed;
        this.clock = new VirtualClock(Instant.ofEpochMilli(sim.onVenue(v -> v.nowMillis())));
        PrivateKey key = PrivateKey.fromHex(PaperSession.DEVELOPMENT_KEY);
        this.address = key.address().toString();
        MarketCatalog catalog = new MarketCatalog(GammaClient.create(RestSettings.defaults(sim.baseUri())));
        catalog.refresh();
        List<MarketListing> listings = catalog.listings().stream()
                .sorted(Comparator.comparing(l -> l.market().conditionId().value()))
                .limit(maxMarkets == 0 ? Long.MAX_VALUE : maxMarkets).toList();
        this.universe = MarketUniverse.of(listings);
        this.clob = ClobClient.create(RestSettings.defaults(sim.baseUri()),
                new L2Auth(PaperSession.SIMULATOR_CREDENTIALS, key.address()), clock);
        this.venue = PolymarketVenue.connect(
                VenueConnection.eoa(sim.baseUri(), PaperSession.SIMULATOR_CREDENTIALS, key, catalog), clock);
        this.balance = new CachedBalance(clock, () -> new Usd(clob.balanceAllowance(AssetType.COLLATERAL, null,
                SignatureType.EOA).balance().longValueExact()));
    }

    /** Starts the simulator on the scenario (its seed unless {@code seed} says otherwise). */
    public static BacktestWorld start(Scenario scenario, Optional<Long> seed, int maxMarkets) {
        SimulatorConfig config = PaperSession.simulatorConfig(scenario, seed, TimeMode.VIRTUAL);
        SimulatorServer sim = new SimulatorServer(config).start();
        try {
            return new BacktestWorld(sim, config.seed(), maxMarkets);
        } catch (RuntimeException e) {
            sim.close();
            throw e;
        }
    }

    /** Moves the venue's clock, and ours with it; returns the venue's time (epoch millis). */
    public long advance(long millis) {
        sim.advanceBy(Math.max(0, millis));
        long now = sim.onVenue(v -> v.nowMillis());
        clock.set(Instant.ofEpochMilli(now));
        return now;
    }

    public SimulatorServer simulator() {
        return sim;
    }

    public long seed() {
        return seed;
    }

    public VirtualClock clock() {
        return clock;
    }

    public MarketUniverse universe() {
        return universe;
    }

    public ClobClient clob() {
        return clob;
    }

    public PolymarketVenue venue() {
        return venue;
    }

    public CachedBalance balance() {
        return balance;
    }

    /** The trading wallet's address (the development key's). */
    public String address() {
        return address;
    }

    @Override
    public void close() {
        sim.close();
    }
}
