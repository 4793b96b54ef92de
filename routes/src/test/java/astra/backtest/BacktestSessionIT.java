package astra.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Fill;
import astra.runtime.PaperSession;
import astra.runtime.SessionReport;
import astra.simulator.scenario.Scenario;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A backtest end to end in virtual time: quotes, fills and the reports, and the same run twice over. */
class BacktestSessionIT {

    @TempDir
    Path temp;

    @Test
    @Timeout(600)
    void backtest_coversItsVenueTime_writesTheReports_andRepeatsItselfForTheSameSeed() throws Exception {
        Run first = backtest("first");
        Run second = backtest("second");

        BacktestSession.Result r = first.result();
        assertThat(r.virtual()).isGreaterThanOrEqualTo(Duration.ofMinutes(4));
        assertThat(r.steps()).as("one step per 250 ms decision period").isEqualTo(4 * 60 * 4);
        assertThat(r.quotesSent()).as(first.console()).isPositive();
        assertThat(r.fills()).as(first.console()).isPositive();
        for (String file : new String[] {SessionReport.JSON, SessionReport.HTML, SessionReport.FILLS}) {
            assertThat(r.out().resolve(file)).isRegularFile();
            assertThat(Files.size(r.out().resolve(file))).as(file).isPositive();
        }
        // fills.csv: a header and a row per fill the venue did not undo (FAILED trades are left out).
        long undone = first.fills().stream().filter(f -> f.endsWith(" FAILED")).count();
        assertThat(Files.readAllLines(r.out().resolve(SessionReport.FILLS))).hasSize((int) (r.fills() - undone) + 1);
        String printed = first.console().strip();
        assertThat(printed.lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("report: " + r.out().toAbsolutePath());

        // Virtual time and in-process channels leave nothing to the scheduler: the same world,
        // seed and rules trade the same fills at the same venue times (only the order salts differ).
        assertThat(second.fills()).isEqualTo(first.fills());
        assertThat(second.result().quotesSent()).isEqualTo(r.quotesSent());
    }

    private record Run(BacktestSession.Result result, String console, List<String> fills) {}

    private Run backtest(String name) throws Exception {
        Path db = temp.resolve(name).resolve("db");
        PaperSession.Options options = new PaperSession.Options(Duration.ofMinutes(4), 6, Optional.of(42L),
                Scenario.defaults(), temp.resolve(name).resolve("out"), Optional.of(StoreConfig.h2File(db)),
                temp.resolve("data"), Path.of(System.getProperty("astra.rules.dir", "../rules")), "bt-" + name,
                new Properties());
        StringWriter console = new StringWriter();
        BacktestSession.Result result = BacktestSession.run(options, new PrintWriter(console));
        List<String> fills = new ArrayList<>();
        try (JdbcOrderStore store = JdbcOrderStore.open(StoreConfig.h2File(db), Clock.systemUTC())) {
            for (Fill f : store.fills()) {
                fills.add(f.time() + " " + f.token().value() + " " + f.side() + " " + f.price() + " " + f.size() + " "
                        + f.liquidity() + " " + f.status());
            }
        }
        assertThat(fills).hasSize((int) result.fills());
        return new Run(result, console.toString(), fills);
    }
}
