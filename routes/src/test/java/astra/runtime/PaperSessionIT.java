package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.report.TruthReportJson;
import astra.simulator.scenario.Scenario;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A short paper session end to end: simulator, Hazelcast, H2, the shipped rules, the routes. */
class PaperSessionIT {

    @TempDir
    Path temp;

    @Test
    @Timeout(240)
    void shortSession_placesQuotes_recordsFills_andWritesTheThreeReports() throws Exception {
        Path out = temp.resolve("out");
        Path db = temp.resolve("db").resolve("astra");
        Properties faster = new Properties();
        faster.setProperty("astra.progress.period-s", "10");
        PaperSession.Options options = new PaperSession.Options(Duration.ofSeconds(45), 6, Optional.of(42L),
                Scenario.defaults(), out, Optional.of(StoreConfig.h2File(db)), temp.resolve("data"),
                Path.of(System.getProperty("astra.rules.dir", "../rules")), "it", faster);
        StringWriter console = new StringWriter();

        PaperSession.Result result = PaperSession.run(options, new PrintWriter(console));

        assertThat(result.quotesSent()).as(console.toString()).isPositive();
        try (JdbcOrderStore store = JdbcOrderStore.open(StoreConfig.h2File(db), Clock.systemUTC())) {
            assertThat(store.fills()).as("fills recorded in the store").isNotEmpty();
            assertThat(store.fills()).hasSize((int) result.fills());
            // The store alone rebuilds the very report the session wrote: run, tape, reference marks.
            assertThat(store.runs().marks("it")).as("the mark tape was stored").isNotEmpty();
            assertThat(store.runs().referenceMarks("it")).as("the hidden fair value the markouts used").isNotEmpty();
            String rebuilt = TruthReportJson.render(StoredRunReport.rebuild(store.runs(), store, "it"));
            assertThat(rebuilt).isEqualTo(Files.readString(out.resolve(SessionReport.JSON)));
        }
        for (String file : new String[] {SessionReport.JSON, SessionReport.HTML, SessionReport.FILLS}) {
            assertThat(out.resolve(file)).isRegularFile();
            assertThat(Files.size(out.resolve(file))).as(file).isPositive();
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve(SessionReport.JSON).toFile());
        assertThat(json.fieldNames()).toIterable()
                .contains("schema", "session", "fills", "pnl", "maker", "taker", "gates", "warnings");
        assertThat(json.get("schema").asText()).isEqualTo("astra.truth-report/1");
        // fills.csv: a header and one row per fill.
        assertThat(Files.readAllLines(out.resolve(SessionReport.FILLS))).hasSize((int) result.fills() + 1);
        String printed = console.toString().strip();
        assertThat(printed).contains("quotes ").contains("fills ");
        assertThat(printed.lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("report: " + out.toAbsolutePath());
    }
}
