package astra.simulator.world;

import astra.simulator.matching.Tick;
import astra.simulator.venue.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The venue-side events of a run, drawn up front from the seed: market closes (standalone markets,
 * resolved YES with the hidden probability at the time) and tick size changes (0.01 ↔ 0.001 on an
 * open market chosen when the change happens). They fall between 25% and 90% of the run.
 */
final class MarketShocks {
    private enum Kind { CLOSE, TICK_CHANGE }

    private record Shock(Kind kind, WorldMarket target) {}

    private final Exchange venue;
    private final SplittableRandom random;
    private final List<WorldMarket> markets;
    private final TreeMap<Long, List<Shock>> due = new TreeMap<>();

    MarketShocks(Exchange venue, List<WorldMarket> markets, ScenarioSettings settings, long startMillis,
                 SplittableRandom random) {
        this.venue = venue;
        this.markets = markets;
        this.random = random;
        List<WorldMarket> standalone = new ArrayList<>(markets.stream().filter(m -> !m.negRisk()).toList());
        for (int i = 0; i < settings.closes(); i++) {
            WorldMarket target = standalone.remove(random.nextInt(standalone.size()));
            add(randomTime(settings, startMillis), new Shock(Kind.CLOSE, target));
        }
        for (int i = 0; i < settings.tickChanges(); i++) {
            add(randomTime(settings, startMillis), new Shock(Kind.TICK_CHANGE, null));
        }
    }

    /** Applies every shock due by {@code nowMillis}, in time order. */
    void applyDue(long nowMillis, ToDoubleFunction<WorldMarket> fair) {
        while (!due.isEmpty() && due.firstKey() <= nowMillis) {
            for (Shock s : due.pollFirstEntry().getValue()) {
                if (s.kind() == Kind.CLOSE) {
                    close(s.target(), fair.applyAsDouble(s.target()));
                } else {
                    changeTick();
                }
            }
        }
    }

    private void close(WorldMarket m, double fair) {
        String winner = random.nextDouble() < fair ? m.yesToken() : m.noToken();
        venue.closeMarket(m.conditionId(), winner);
    }

    private void changeTick() {
        List<WorldMarket> open = markets.stream().filter(m -> venue.isOpen(m.conditionId())).toList();
        if (open.isEmpty()) {
            return;
        }
        WorldMarket m = open.get(random.nextInt(open.size()));
        Tick next = venue.tick(m.conditionId()) == Tick.HUNDREDTH ? Tick.THOUSANDTH : Tick.HUNDREDTH;
        venue.changeTick(m.conditionId(), next);
    }

    private long randomTime(ScenarioSettings settings, long startMillis) {
        long steps = settings.durationMillis() / settings.stepMillis();
        long step = random.nextLong(steps / 4, Math.max(steps / 4 + 1, steps * 9 / 10));
        return startMillis + step * settings.stepMillis();
    }

    private void add(long time, Shock shock) {
        due.computeIfAbsent(time, t -> new ArrayList<>()).add(shock);
    }
}
