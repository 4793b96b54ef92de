package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedRunTest {

    @Test
    void rounds_alternateWhichWorkloadGoesFirst_andWarmupIsNotMeasured() throws Exception {
        List<String> order = new ArrayList<>();
        PairedRun run = new PairedRun(() -> {
            order.add("ours");
            return new Workload.Batch(1, 1);
        }, () -> {
            order.add("base");
            return new Workload.Batch(1, 2);
        });

        PairedRun.Result result = run.run(new Rounds(1, 3));

        // round 0 (warmup) ours first, round 1 baseline first, round 2 ours first, round 3 baseline first
        assertThat(order).containsExactly("ours", "base", "base", "ours", "ours", "base", "base", "ours");
        assertThat(result.ours().count()).isEqualTo(3);
        assertThat(result.baseline().count()).isEqualTo(3);
        // checksums of all 4 rounds kept: 4 * (1 + 2)
        assertThat(result.checksum()).isEqualTo(12);
    }

    @Test
    void slowerBaseline_givesATimeRatioBelowOne() throws Exception {
        PairedRun run = new PairedRun(() -> new Workload.Batch(1000, 0), () -> {
            Thread.sleep(20);
            return new Workload.Batch(1000, 0);
        });

        assertThat(run.run(new Rounds(0, 3)).timeRatio()).isLessThan(1);
    }
}
