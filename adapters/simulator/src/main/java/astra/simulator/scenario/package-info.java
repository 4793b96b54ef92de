/**
 * Named scenario files (YAML) for the simulator: a world's settings plus a fault schedule, loaded
 * by {@link astra.simulator.scenario.ScenarioFile} (format in docs/scenarios.md).
 *
 * <p>Invariants: a file either loads completely or fails with a {@link
 * astra.simulator.scenario.ScenarioFileException} naming the key path and the reason; unknown keys
 * are refused (a misspelt knob must not silently fall back to its default); every absent key keeps
 * the documented default of {@link astra.simulator.world.ScenarioSettings}.
 */
package astra.simulator.scenario;
