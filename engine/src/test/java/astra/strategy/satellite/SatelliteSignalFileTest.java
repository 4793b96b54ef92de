package astra.strategy.satellite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SatelliteSignalFileTest {

    private static final String GOOD =
            "{\"market\":\"0xc0de\",\"probability\":0.72,\"tier\":\"A\",\"source\":\"court docket\",\"time\":\"2026-07-01T11:59:00Z\"}";

    @Test
    void mixedFile_readsGoodLines_reportsEachBadLineWithItsNumber() {
        List<String> lines = List.of(
                GOOD,
                "",
                "{not json",
                "{\"market\":\"0xc0de\",\"probability\":0.5,\"source\":\"s\",\"time\":\"2026-07-01T11:59:00Z\"}",
                "{\"market\":\"0xc0de\",\"probability\":1.2,\"tier\":\"B\",\"source\":\"s\",\"time\":\"2026-07-01T11:59:00Z\"}",
                "{\"market\":\"0xc0de\",\"probability\":0.5,\"tier\":\"B\",\"source\":\"s\",\"time\":\"2026-07-01T11:59:00Z\",\"edge\":1}",
                "{\"market\":\"0xc0de\",\"probability\":0.5,\"tier\":\"D\",\"source\":\"s\",\"time\":\"2026-07-01T11:59:00Z\"}",
                "{\"market\":\"0xc0de\",\"probability\":\"0.65\",\"tier\":\"B\",\"source\":\"poll\",\"time\":\"2026-07-01T11:58:00Z\"}");

        SatelliteSignalFile.Result r = SatelliteSignalFile.parse(lines);

        assertThat(r.signals()).hasSize(2);
        assertThat(r.signals().get(0).yesProbability()).isEqualByComparingTo("0.72");
        assertThat(r.signals().get(0).tier()).isEqualTo(EvidenceTier.A);
        assertThat(r.signals().get(0).time()).isEqualTo(Instant.parse("2026-07-01T11:59:00Z"));
        assertThat(r.signals().get(1).yesProbability()).isEqualByComparingTo("0.65");
        assertThat(r.badLines()).isEqualTo(5);
        assertThat(r.errors()).extracting(SatelliteSignalFile.LineError::lineNumber).containsExactly(3, 4, 5, 6, 7);
        assertThat(r.errors().get(0).message()).startsWith("not JSON");
        assertThat(r.errors().get(1).message()).isEqualTo("missing field 'tier'");
        assertThat(r.errors().get(2).message()).isEqualTo("probability must be in [0, 1], was 1.2");
        assertThat(r.errors().get(3).message()).isEqualTo("unknown field 'edge'");
        assertThat(r.errors().get(4).message()).isEqualTo("tier must be A, B or C, was 'D'");
    }

    @Test
    void probabilityReadExactly_notThroughDouble() {
        String line = GOOD.replace("0.72", "0.1000000000000000055511151231257827");

        assertThat(SatelliteSignalFile.parse(List.of(line)).signals().get(0).yesProbability().toPlainString())
                .isEqualTo("0.1000000000000000055511151231257827");
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("signals.jsonl");
        Files.writeString(file, GOOD + "\n\n" + GOOD + "\n");

        assertThat(SatelliteSignalFile.read(file).signals()).hasSize(2);
        assertThatThrownBy(() -> SatelliteSignalFile.read(dir.resolve("missing.jsonl")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.jsonl");
    }
}
