package astra.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every measure of issue 6 by name, in the order docs/benchmarks.md lists them; adding one is
 * adding its class here.
 */
public final class Benchmarks {
    private final Map<String, Measure> built = new LinkedHashMap<>();

    public Benchmarks() {
        add(new DecodeBench());
        add(new PipelineBench(false));
        add(new PipelineBench(true));
        add(new LatencyBench());
        add(new SignBench());
        add(new ReloadBench());
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
}
