package astra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void withoutName_listsEveryMeasureOfTheIssue() {
        CliRun.Result r = CliRun.run("bench");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().map(l -> l.split("\\s+")[0]).toList()).containsExactlyInAnyOrder(
                "decode", "sign", "reload", "pipeline", "pipeline-events", "latency", "scale", "backtest-day");
    }

    @Test
    void unknownName_isAOneLineError() {
        CliRun.Result r = CliRun.run("bench", "warp");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("astra bench: no benchmark 'warp'; run 'astra bench' for the list");
    }

    @Test
    void sign_endsWithItsFigureBesideTheBaseline_thenTheVerdict() {
        CliRun.Result r = CliRun.run("bench", "sign", "--scale", "0.02",
                "--shared", System.getProperty("astra.shared.dir"));

        List<String> lines = r.out().lines().toList();
        String verdict = lines.get(lines.size() - 1);
        assertThat(verdict).isIn("GOAL MET", "GOAL MISSED");
        assertThat(r.exitCode()).isEqualTo(verdict.equals("GOAL MET") ? 0 : BenchCommand.GOAL_MISSED);
        assertThat(lines.get(lines.size() - 2)).startsWith("sign: ").contains("x faster than baseline")
                .contains("ours ").contains("baseline naive web3j ");
        assertThat(r.out()).contains("hash and signature identical on both paths");
    }
}
