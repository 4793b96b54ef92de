package astra.simulator.world;

import astra.simulator.matching.Amounts;
import astra.simulator.matching.Tick;
import astra.simulator.venue.Exchange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The venue-side events of a run. Drawn up front from the seed: closes of standalone markets
 * (resolved YES with the hidden probability at the time), closes of whole negRisk events (one
 * outcome drawn by the hidden probabilities resolves YES, the others NO), and scheduled tick size
 * changes (0.01 ↔ 0.001 on an open market chosen when the change happens). Random ones fall in
 * the close window of the run; explicit close times are honoured as given. Close times are known
 * up front, as a market's end date is public, so makers can widen before them. Besides, a market
 * whose value nears 0 or 1 moves to tick 0.001, as the venue does.
 */
final class MarketShocks {
    private enum Kind { CLOSE, TICK_CHANGE }

    private record Shock(Kind kind, List<WorldMarket> targets) {}

    private final Exchange venue;
    private final SplittableRandom random;
    private final List<WorldMarket> markets;
    private final ScenarioSettings settings;
    private final TreeMap<Long, List<Shock>> due = new TreeMap<>();
    private final Map<String, Long> closeTimes = new HashMap<>();
    private final Map<String, Resolution> resolutions = new LinkedHashMap<>();

    MarketShocks(Exchange venue, List<WorldMarket> markets, ScenarioSettings settings, long startMillis,
                 SplittableRandom random) {
        this.venue = venue;
        this.markets = markets;
        this.settings = settings;
        this.random = random;
        List<WorldMarket> standalone = new ArrayList<>(markets.stream().filter(m -> !m.negRisk()).toList());
        for (int i = 0; i < settings.closes(); i++) {
            WorldMarket target = standalone.remove(random.nextInt(standalone.size()));
            scheduleClose(randomTime(startMillis), List.of(target));
        }
        for (long at : settings.closeAtMillis()) {
            WorldMarket target = standalone.remove(random.nextInt(standalone.size()));
            scheduleClose(startMillis + at / settings.stepMillis() * settings.stepMillis(), List.of(target));
        }
        Map<String, List<WorldMarket>> events = new LinkedHashMap<>();
        markets.stream().filter(WorldMarket::negRisk)
                .forEach(m -> events.computeIfAbsent(m.eventId(), e -> new ArrayList<>()).add(m));
        List<List<WorldMarket>> open = new ArrayList<>(events.values());
        for (int i = 0; i < settings.eventCloses(); i++) {
            scheduleClose(randomTime(startMillis), open.remove(random.nextInt(open.size())));
        }
        for (int i = 0; i < settings.tickChanges(); i++) {
            add(randomTime(startMillis), new Shock(Kind.TICK_CHANGE, List.of()));
        }
    }

    /** Applies every shock due by {@code nowMillis}, in time order. */
    void applyDue(long nowMillis, ToDoubleFunction<WorldMarket> fair) {
        while (!due.isEmpty() && due.firstKey() <= nowMillis) {
            for (Shock s : due.pollFirstEntry().getValue()) {
                if (s.kind() == Kind.CLOSE) {
                    close(s.targets(), fair, nowMillis);
                } else {
                    changeTick();
                }
            }
        }
    }

    /** When the market is scheduled to close, if it is. */
    OptionalLong closeTime(WorldMarket m) {
        Long t = closeTimes.get(m.conditionId());
        return t == null ? OptionalLong.empty() : OptionalLong.of(t);
    }

    Optional<Resolution> resolution(WorldMarket m) {
        return Optional.ofNullable(resolutions.get(m.conditionId()));
    }

    List<Resolution> resolutions() {
        return List.copyOf(resolutions.values());
    }

    /** Moves the market to tick 0.001 when the value its makers see is within 0.04 of 0 or 1. */
    void fineTickIfNearEdge(WorldMarket m, long valueMicros) {
        if (!settings.fineTickNearEdges() || venue.tick(m.conditionId()) != Tick.HUNDREDTH) {
            return;
        }
        double p = (double) valueMicros / Amounts.ONE;
        if (p < ScenarioSettings.FINE_TICK_BELOW || p > ScenarioSettings.FINE_TICK_ABOVE) {
            venue.changeTick(m.conditionId(), Tick.THOUSANDTH);
        }
    }

    private void close(List<WorldMarket> targets, ToDoubleFunction<WorldMarket> fair, long now) {
        double u = random.nextDouble();
        WorldMarket winner = targets.get(targets.size() - 1);
        if (targets.size() == 1) {
            winner = u < fair.applyAsDouble(winner) ? winner : null;
        } else {
            double cumulative = 0;
            for (WorldMarket m : targets) {
                cumulative += fair.applyAsDouble(m);
                if (u < cumulative) {
                    winner = m;
                    break;
                }
            }
        }
        for (WorldMarket m : targets) {
            boolean yes = m == winner;
            String token = yes ? m.yesToken() : m.noToken();
            venue.closeMarket(m.conditionId(), token);
            resolutions.put(m.conditionId(), new Resolution(m.conditionId(), m.eventId(), token, yes, now));
        }
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

    private long randomTime(long startMillis) {
        long steps = settings.durationMillis() / settings.stepMillis();
        long from = (long) (steps * settings.closeWindowFrom());
        long to = Math.max(from + 1, (long) (steps * settings.closeWindowTo()));
        return startMillis + random.nextLong(from, to) * settings.stepMillis();
    }

    private void scheduleClose(long time, List<WorldMarket> targets) {
        targets.forEach(m -> closeTimes.put(m.conditionId(), time));
        add(time, new Shock(Kind.CLOSE, List.copyOf(targets)));
    }

    private void add(long time, Shock shock) {
        due.computeIfAbsent(time, t -> new ArrayList<>()).add(shock);
    }
}
