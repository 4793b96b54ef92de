package astra.rules;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Shared helpers: the shipped rules directory, temp copies to edit, and eventual assertions. */
final class RulesTestSupport {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);
    static final String CIRCUIT_BREAKERS = "astra/rules/circuit-breakers.drl";

    /** A test rule on the cluster cap, to show a policy edit reaching the rules. */
    static final String CLUSTER_CAP_RULE_FILE = "astra/rules/test-cluster-cap.drl";
    static final String CLUSTER_CAP_RULE = """
            package astra.rules;

            global astra.rules.Policy policy;
            global String rulesVersion;

            rule "CapClusterAbovePolicy"
            when
                $e : ClusterExposureProbe( fraction > policy.portfolio().clusterCap() )
            then
                insertLogical( Decision.forAccount( DecisionKind.CAP_OVERRIDE, "CLUSTER_CAP_EXCEEDED",
                        drools.getRule().getName(), rulesVersion,
                        $e.cluster() + " at " + $e.fraction() + " over cap " + policy.portfolio().clusterCap() ) );
            end
            """;

    private RulesTestSupport() {}

    /** The repository's real {@code rules/} folder (surefire passes it as astra.rules.dir). */
    static Path shippedRulesDir() {
        String configured = System.getProperty("astra.rules.dir");
        Path dir = configured != null
                ? Path.of(configured)
                : Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "rules");
        assertThat(dir.resolve(RuleSources.POLICY_FILE)).as("shipped rules dir %s", dir).isRegularFile();
        return dir.toAbsolutePath().normalize();
    }

    /** A copy of the shipped rules in {@code target}, safe to edit. */
    static Path copyOfShippedRules(Path target) {
        Path source = shippedRulesDir();
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces one exact piece of a file, failing if the piece is not there. */
    static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            assertThat(text).as("%s should contain %s", file, from).contains(from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] shippedPolicy() {
        try {
            return Files.readAllBytes(shippedRulesDir().resolve(RuleSources.POLICY_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shippedPolicyText() {
        return new String(shippedPolicy(), StandardCharsets.UTF_8);
    }

    static MarketFeedAge feed(String market, long ageSeconds) {
        return new MarketFeedAge(new ConditionId(market), Duration.ofSeconds(ageSeconds));
    }

    /** Polls until the condition holds or the timeout passes; never a bare sleep-then-assert. */
    static void eventually(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}
