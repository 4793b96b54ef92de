package astra.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every measure of issue 6 by name, in the order docs/benchmarks.md lists them. The ones that need
 * the trading runtime are named here already, so {@code ./astra bench NAME} says they are not
 * built yet instead of "unknown", and adding one is adding its class here.
 */
public final class Benchmarks {
    /** Measures named by the issue that need the runtime, which is not built yet. */
    public static final List<String> PLANNED = List.of();

    private final Map<String, Measure> built = new LinkedHashMap<>();

    public Benchmarks() {
        add(new DecodeBench());
        add(new SignBench());
        add(new ReloadBench());
        add(new PipelineBench(false));
        add(new PipelineBench(true));
        add(new LatencyBench());
        add(new ScaleBench());
        add(new BacktestDayBench());
    }

    private void add(Measure measure) {
        built.put(measure.name(), measure);
    }

    public Optional<Measure> find(String name) {
        return Optional.ofNullable(built.get(name));
    }

    public List<Measure> built() {
        return List.copyOf(built.values());
    }

    public boolean isPlanned(String name) {
        return PLANNED.contains(name);
    }
}
