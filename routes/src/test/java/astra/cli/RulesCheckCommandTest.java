package astra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCheckCommandTest {

    @TempDir
    Path temp;

    /** The repository's shipped rules (surefire passes their folder as astra.rules.dir). */
    private static Path shippedRules() {
        return Path.of(System.getProperty("astra.rules.dir", "../rules")).toAbsolutePath().normalize();
    }

    @Test
    void shippedRules_areOk_withVersionAndRuleNames() {
        CliRun.Result r = CliRun.run("rules", "check", shippedRules().toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("OK rules ");
        // A rule the circuit-breaker file is known to hold, listed under its file.
        assertThat(r.out()).contains("astra/rules/circuit-breakers.drl").contains("HaltQuotingWhenMarketFeedStale");
    }

    @Test
    void brokenRule_isRefused_withFileLineAndColumn_andNonZeroExit() throws IOException {
        Path copy = copyOf(shippedRules());
        Path breakers = copy.resolve("astra/rules/circuit-breakers.drl");
        // Line 1 becomes a rule whose condition names a type that does not exist.
        Files.writeString(breakers, "package astra.rules;\nrule \"Broken\"\nwhen\n    NoSuchFact( )\nthen\nend\n"
                + Files.readString(breakers).replace("package astra.rules;", ""));

        CliRun.Result r = CliRun.run("rules", "check", copy.toString());

        assertThat(r.exitCode()).isEqualTo(RulesCommand.Check.REFUSED);
        assertThat(r.err()).startsWith("REFUSED rules ");
        assertThat(r.err()).containsPattern("astra/rules/circuit-breakers\\.drl:\\d+:\\d+: ");
        assertThat(r.out()).doesNotContain("OK rules");
    }

    @Test
    void missingDirectory_isAOneLineError() {
        CliRun.Result r = CliRun.run("rules", "check", temp.resolve("nowhere").toString());

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("not a directory");
    }

    private Path copyOf(Path source) throws IOException {
        Path target = temp.resolve("rules");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
