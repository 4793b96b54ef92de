package astra.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.world.ScenarioSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class DeterminismIT {
    /** A busy crowd (takers on, a tick change) for two virtual minutes. */
    private static SimulatorConfig busy(long seed) {
        ScenarioSettings s = ScenarioSettings.defaults().withCrowd(3, 1, 6.0, 0, 1).withDuration(120_000);
        return SimulatorConfig.of(seed, s, SimHarness.TRADER, SimHarness.SIGNATURES, SimHarness.SIGNATURES);
    }

    private static String[] run(long seed) {
        try (SimulatorServer server = new SimulatorServer(busy(seed)).start()) {
            for (int i = 0; i < 12; i++) {
                server.advanceBy(10_000);
            }
            return new String[] {server.marketFramesHash(), Long.toString(server.marketFrameCount())};
        }
    }

    @Test
    void sameSeed_givesTheSameMarketFrames_andAnotherSeedDoesNot() {
        String[] first = run(42);
        String[] second = run(42);
        String[] other = run(43);
        assertThat(Long.parseLong(first[1])).isGreaterThan(100);
        assertThat(second).containsExactly(first);
        assertThat(other[0]).isNotEqualTo(first[0]);
    }
}
