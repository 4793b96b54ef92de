package astra.simulator.world;

import astra.simulator.lifecycle.SettlementPolicy;
import astra.simulator.lifecycle.SettlementTimings;
import astra.simulator.lifecycle.VirtualScheduler;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.FeeSchedule;
import astra.simulator.matching.MarketSpec;
import astra.simulator.matching.Tick;
import astra.simulator.venue.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic world on a fresh simulated venue, fully determined by its seed and settings.
 * Subscribe to {@link #exchange()} before {@link #run()} to see every venue event.
 *
 * <p>Each step: time advances (settlements and expiries run), the hidden values move, due closes
 * and tick changes happen, the values are recorded (a resolved market's is 1 or 0 from then on),
 * makers whose turn it is requote (a market near 0 or 1 first goes to tick 0.001), and takers
 * arrive (Poisson, per market).
 */
public final class World {
    /** Virtual start of every run: 2026-01-01T00:00:00Z. */
    public static final long START_MILLIS = 1_767_225_600_000L;
    /** Markets open at tick 0.01 with the venue's usual 5-share minimum. */
    static final long MIN_ORDER_SIZE_MICROS = 5 * Amounts.ONE;
    /** After the last step, time runs on this long so every trade settles. */
    static final long SETTLE_TAIL_MILLIS = 60_000;

    private final ScenarioSettings settings;
    private final long start;
    private final VirtualScheduler clock;
    private final Exchange venue;
    private final List<WorldMarket> markets;
    private final FairValueModel model;
    private final FairValueTape tape;
    private final WorldOrders orders;
    private final BackgroundMakers makers;
    private final Takers takers;
    private final MarketShocks shocks;
    private final SplittableRandom arrivals;
    private boolean ran;
    private int nextStep;

    private World(long seed, ScenarioSettings settings, long startMillis) {
        this.settings = settings;
        this.start = startMillis;
        this.clock = new VirtualScheduler(startMillis);
        SplittableRandom root = new SplittableRandom(seed);
        this.venue = new Exchange(clock, SettlementTimings.defaults(),
                SettlementPolicy.seeded(root.nextLong(), settings.settlementFailureRate()), TraderKind::isWorldTrader);
        this.markets = listMarkets(settings);
        FeeSchedule fees = new FeeSchedule(settings.feeRateMicros(), 1);
        for (WorldMarket m : markets) {
            venue.addMarket(new MarketSpec(m.conditionId(), m.yesToken(), m.noToken(), Tick.HUNDREDTH,
                    MIN_ORDER_SIZE_MICROS, fees, m.eventId()));
        }
        this.model = new FairValueModel(markets, settings, root.split());
        int steps = (int) (settings.durationMillis() / settings.stepMillis());
        this.tape = new FairValueTape(markets, startMillis, settings.stepMillis(), steps);
        this.orders = new WorldOrders(venue);
        this.makers = new BackgroundMakers(venue, settings, orders);
        this.takers = new Takers(venue, settings, orders, root.split());
        this.shocks = new MarketShocks(venue, markets, settings, startMillis, root.split());
        this.arrivals = root.split();
        markets.forEach(makers::fund);
        takers.fund();
    }

    public static World create(long seed, ScenarioSettings settings) {
        return new World(seed, settings, START_MILLIS);
    }

    /** A world whose clock starts at {@code startMillis} (a paper session starts at wall time). */
    public static World create(long seed, ScenarioSettings settings, long startMillis) {
        return new World(seed, settings, startMillis);
    }

    public Exchange exchange() {
        return venue;
    }

    public FairValueTape tape() {
        return tape;
    }

    public List<WorldMarket> markets() {
        return markets;
    }

    /** Every market resolved so far, in the order they closed. */
    public List<Resolution> resolutions() {
        return shocks.resolutions();
    }

    /** When a market is scheduled to close during the run (its public end date), if it is. */
    public java.util.OptionalLong closeTimeMillis(String conditionId) {
        return markets.stream().filter(m -> m.conditionId().equals(conditionId)).findFirst()
                .map(shocks::closeTime).orElse(java.util.OptionalLong.empty());
    }

    public ScenarioSettings settings() {
        return settings;
    }

    /** Orders the venue refused, by rejection reason. */
    public Map<String, Integer> rejections() {
        return orders.rejections();
    }

    /** Runs the whole scenario once. */
    public void run() {
        if (ran || nextStep > 0) {
            throw new IllegalStateException("a world runs once");
        }
        ran = true;
        advanceTo(endMillis());
    }

    /** When the last step is done and every trade of the run has settled. */
    public long endMillis() {
        return start + tape.capacity() * settings.stepMillis() + SETTLE_TAIL_MILLIS;
    }

    public long nowMillis() {
        return clock.nowMillis();
    }

    /**
     * Moves the world to {@code millis}: every model step due by then runs, in order, then the
     * venue's clock moves on (settlements and expiries). Past the last step only the venue's clock
     * moves, so a long paper session keeps a live venue with a frozen crowd. Calling it in many
     * small moves gives exactly the run one big move gives: the steps and their random draws
     * depend only on the step index.
     */
    public void advanceTo(long millis) {
        while (nextStep < tape.capacity() && stepMillis(nextStep) <= millis) {
            step(nextStep++);
        }
        clock.advanceTo(Math.max(millis, clock.nowMillis()));
    }

    private long stepMillis(int s) {
        return start + s * settings.stepMillis();
    }

    private void step(int s) {
        long requoteEvery = settings.makerRequoteMillis() / settings.stepMillis();
        double arrivalProbability = settings.takersPerMinute() * settings.stepMillis() / 60_000.0;
        long now = stepMillis(s);
        clock.advanceTo(now);
        if (s > 0) {
            model.step(settings.stepMillis());
        }
        shocks.applyDue(now, model::fair);
        markets.forEach(m -> tape.record(m, shocks.resolution(m).map(r -> r.yesWon() ? 1.0 : 0.0)
                .orElseGet(() -> model.fair(m))));
        tape.advance();
        for (WorldMarket m : markets) {
            if (venue.isOpen(m.conditionId()) && (s + m.index()) % requoteEvery == 0) {
                long lagged = tape.fairMicros(m.conditionId(), Math.max(start, now - settings.makerLagMillis()));
                shocks.fineTickIfNearEdge(m, lagged);
                makers.requote(m, lagged, now, shocks.closeTime(m));
            }
        }
        for (WorldMarket m : markets) {
            if (venue.isOpen(m.conditionId()) && arrivals.nextDouble() < arrivalProbability) {
                takers.arrive(m, model.fair(m));
            }
        }
    }

    private static List<WorldMarket> listMarkets(ScenarioSettings settings) {
        List<WorldMarket> out = new ArrayList<>();
        for (int i = 0; i < settings.standaloneMarkets(); i++) {
            out.add(market(out.size(), String.format("sim-m%02d", i), ""));
        }
        for (int e = 0; e < settings.negRiskEvents(); e++) {
            String event = String.format("sim-e%02d", e);
            for (int o = 0; o < settings.outcomesPerEvent(); o++) {
                out.add(market(out.size(), event + String.format("-o%02d", o), event));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A market with venue-shaped ids derived from its name: a 0x-prefixed 32-byte condition id and
     * decimal uint256 token ids, so that clients sign and parse them exactly as on the venue.
     */
    private static WorldMarket market(int index, String name, String eventId) {
        return new WorldMarket(index, VenueIds.conditionId(name), VenueIds.tokenId(name + "/yes"),
                VenueIds.tokenId(name + "/no"), eventId);
    }
}
