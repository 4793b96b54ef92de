package astra.rules;

import static astra.rules.RulesTestSupport.CIRCUIT_BREAKERS;
import static astra.rules.RulesTestSupport.copyOfShippedRules;
import static astra.rules.RulesTestSupport.edit;
import static astra.rules.RulesTestSupport.shippedRulesDir;
import static astra.rules.RulesTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSourcesTest {
    @TempDir
    Path temp;

    @Test
    void versionId_ignoresModificationTimesButFollowsContent() throws Exception {
        Path dir = copyOfShippedRules(temp);
        String original = RuleSources.read(dir).versionId();

        Files.setLastModifiedTime(dir.resolve(CIRCUIT_BREAKERS), FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        Files.setLastModifiedTime(dir.resolve("policy.yaml"), FileTime.from(Instant.parse("2031-01-01T00:00:00Z")));
        assertThat(RuleSources.read(dir).versionId()).isEqualTo(original);

        edit(dir.resolve("policy.yaml"), "cluster-cap: 0.12", "cluster-cap: 0.10");
        String edited = RuleSources.read(dir).versionId();
        assertThat(edited).isNotEqualTo(original);

        edit(dir.resolve("policy.yaml"), "cluster-cap: 0.10", "cluster-cap: 0.12");
        assertThat(RuleSources.read(dir).versionId()).isEqualTo(original);
    }

    @Test
    void versionId_changesWhenAFileIsRenamedWithTheSameBytes() throws Exception {
        Path dir = copyOfShippedRules(temp);
        String original = RuleSources.read(dir).versionId();

        Files.move(dir.resolve(CIRCUIT_BREAKERS), dir.resolve("astra/rules/breakers.drl"));

        assertThat(RuleSources.read(dir).versionId()).isNotEqualTo(original);
    }

    @Test
    void read_findsDrlFilesInEveryFolderAndIgnoresOtherFiles() throws Exception {
        Path dir = copyOfShippedRules(temp);
        write(dir, "astra/rules/caps/caps.drl", "package astra.rules.caps;\n");
        write(dir, "astra/rules/README.md", "notes");
        write(dir, "astra/rules/.circuit-breakers.drl", "an editor's hidden copy");

        List<String> shipped = RuleSources.read(shippedRulesDir()).fileNames();

        RuleSources sources = RuleSources.read(dir);

        List<String> expected = new ArrayList<>(shipped);
        expected.add("astra/rules/caps/caps.drl");
        expected.sort(String::compareTo);
        assertThat(sources.fileNames()).containsExactlyElementsOf(expected)
                .doesNotContain("astra/rules/README.md", "astra/rules/.circuit-breakers.drl");
    }
}
