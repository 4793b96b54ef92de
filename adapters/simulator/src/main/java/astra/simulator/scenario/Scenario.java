package astra.simulator.scenario;

import astra.simulator.fault.FaultSchedule;
import astra.simulator.world.ScenarioSettings;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A named scenario: the world's settings, the fault drills to run, and optionally the seed the
 * file asks for (a caller's seed wins when both are given).
 */
public record Scenario(String name, OptionalLong seed, ScenarioSettings settings, FaultSchedule faults) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(faults, "faults");
    }

    /** The defaults, with no drills. */
    public static Scenario defaults() {
        return new Scenario("defaults", OptionalLong.empty(), ScenarioSettings.defaults(), FaultSchedule.none());
    }
}
