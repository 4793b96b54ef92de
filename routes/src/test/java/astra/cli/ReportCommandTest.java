package astra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClusterId;
import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.ports.RunRecords;
import astra.ports.RunRecords.ReferenceMark;
import astra.ports.RunRecords.RunMarket;
import astra.report.MarkSnapshot;
import astra.report.TruthReportJson;
import astra.runtime.MarkTape;
import astra.runtime.SessionReport;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code astra report} over a store whose run records are written here as a session writes them. */
class ReportCommandTest {
    private static final Instant START = Instant.parse("2026-05-01T12:00:00.250000001Z");
    private static final ConditionId MARKET =
            new ConditionId("0x5eed000000000000000000000000000000000000000000000000000000000001");
    private static final TokenId YES = new TokenId("1001");
    private static final TokenId NO = new TokenId("1002");
    private static final String CLUSTER = "market:" + MARKET.value();

    @TempDir
    Path temp;

    /** Two fills, a 3-minute tape of YES mids, and the hidden fair value at the 30 s and 2 m horizons. */
    private record Session(List<Fill> fills, List<MarkSnapshot> tape, List<ReferenceMark> reference, Instant end) {}

    private static Session session() {
        Fill buy = new Fill(FillKey.maker(new TradeId("t1"), new OrderId("0xo1")), new OrderId("0xo1"), MARKET, YES,
                Side.BUY, Price.parse("0.40"), Shares.parse("10"), Liquidity.MAKER, Usd.ZERO, TradeStatus.CONFIRMED,
                START.plusSeconds(20));
        Fill sell = new Fill(FillKey.taker(new TradeId("t2")), new OrderId("0xo2"), MARKET, YES, Side.SELL,
                Price.parse("0.45"), Shares.parse("4"), Liquidity.TAKER, Usd.parse("0.01"), TradeStatus.MATCHED,
                START.plusSeconds(70));
        List<MarkSnapshot> tape = new ArrayList<>();
        for (int s = 0; s <= 180; s += 10) {
            // YES mid climbs from 0.400 by 0.001 every 10 s; NO is its complement.
            Price yes = new Price(400_000 + s * 100L);
            tape.add(new MarkSnapshot(START.plusSeconds(s), Map.of(YES, yes, NO, new Price(1_000_000 - yes.micros()))));
        }
        List<ReferenceMark> reference = List.of(
                new ReferenceMark(MARKET, YES, buy.time().plusSeconds(30), Price.parse("0.43")),
                new ReferenceMark(MARKET, YES, buy.time().plusSeconds(120), Price.parse("0.44")),
                new ReferenceMark(MARKET, YES, sell.time().plusSeconds(30), Price.parse("0.42")));
        return new Session(List.of(buy, sell), tape, reference, START.plusSeconds(185));
    }

    /** Writes what a paper session leaves in its store, and returns the store's URL. */
    private StoreConfig storeWith(Session s, Path file, boolean ended) {
        StoreConfig config = StoreConfig.h2File(file);
        try (JdbcOrderStore store = JdbcOrderStore.open(config, Clock.systemUTC())) {
            RunRecords runs = store.runs();
            runs.recordRunStart(RunRecords.Run.started("paper-1", "paper", "simulator", "scenario defaults, seed 42",
                    START, Usd.parse("1000")), List.of(new RunMarket(MARKET, YES, NO, CLUSTER)));
            runs.recordMarks("paper-1", s.tape().subList(0, 5));
            runs.recordMarks("paper-1", s.tape().subList(5, s.tape().size()));
            s.fills().forEach(store::recordFill);
            runs.recordReferenceMarks("paper-1", s.reference());
            if (ended) {
                runs.recordRunEnd("paper-1", s.end(), 12);
            }
        }
        return config;
    }

    /** The report the session itself would have written from the same facts, in memory. */
    private static String sessionsOwnJson(Session s) {
        MarkTape tape = new MarkTape();
        s.tape().forEach(p -> tape.record(p.time(), p.mids()));
        return TruthReportJson.render(SessionReport.build(START, s.end(), Usd.parse("1000"), s.fills(), tape,
                Map.of(MARKET, new ClusterId(CLUSTER)), 12, (market, token, at) -> s.reference().stream()
                        .filter(r -> r.market().equals(market) && r.token().equals(token) && r.time().equals(at))
                        .map(ReferenceMark::price).findFirst()));
    }

    @Test
    void report_rebuildsTheSessionsJson_writesTheThreeFiles_andPrintsThePathLast() throws Exception {
        Session s = session();
        StoreConfig store = storeWith(s, temp.resolve("db"), true);
        Path out = temp.resolve("rebuilt");

        CliRun.Result r = CliRun.run("report", "--db-url", store.url(), "--run", "paper-1", "--out", out.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve(SessionReport.JSON))).isEqualTo(sessionsOwnJson(s));
        assertThat(out.resolve(SessionReport.HTML)).isNotEmptyFile();
        // fills.csv: a header and one row per fill.
        assertThat(Files.readAllLines(out.resolve(SessionReport.FILLS))).hasSize(3);
        assertThat(r.out()).startsWith("run paper-1: paper on simulator (scenario defaults, seed 42), quotes 12")
                .contains("TRUTH REPORT");
        assertThat(r.out().strip().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("report: " + out.toAbsolutePath());
    }

    @Test
    void report_usesTheStoredHiddenReference_forTheGroundTruthMarkouts() throws Exception {
        Session s = session();
        StoreConfig store = storeWith(s, temp.resolve("db"), true);
        Path out = temp.resolve("rebuilt");

        CliRun.run("report", "--db-url", store.url(), "--run", "paper-1", "--out", out.toString());

        JsonNode maker = new ObjectMapper().readTree(out.resolve(SessionReport.JSON).toFile()).get("maker");
        // The maker buy at 0.40: reference 0.43 at +30 s and 0.44 at +2 m, one fill each.
        assertThat(maker.get("referenceMarkouts").get("30s").get("count").asInt()).isEqualTo(1);
        assertThat(maker.get("referenceMarkouts").get("2m").get("count").asInt()).isEqualTo(1);
        assertThat(maker.get("referenceMarkouts").get("10m").get("count").asInt()).isZero();
    }

    @Test
    void report_withoutRun_takesTheLatestRunOfTheStoreNamedByUrl() throws Exception {
        StoreConfig store = storeWith(session(), temp.resolve("db"), true);
        Path out = temp.resolve("latest");

        CliRun.Result r = CliRun.run("report", "--db-url", store.url(), "--out", out.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("run paper-1:");
    }

    @Test
    void report_findsTheRunsOwnStoreUnderDataPaper_andWritesToOutRunReportByDefault() throws Exception {
        Session s = session();
        Path home = temp.resolve("home");
        storeWith(s, home.resolve("data").resolve("paper").resolve("paper-1"), true);
        withAstraHome(home, () -> {
            CliRun.Result r = CliRun.run("report", "--run", "paper-1");

            assertThat(r.exitCode()).as(r.err()).isZero();
            Path out = Path.of("out", "paper-1-report");
            assertThat(r.out().strip().lines().reduce((a, b) -> b).orElseThrow())
                    .isEqualTo("report: " + out.toAbsolutePath());
            assertThat(Files.readString(out.resolve(SessionReport.JSON))).isEqualTo(sessionsOwnJson(s));
            for (String f : new String[] {SessionReport.JSON, SessionReport.HTML, SessionReport.FILLS}) {
                Files.delete(out.resolve(f));
            }
            Files.delete(out);
        });
    }

    @Test
    void unknownRun_failsNamingTheRunsTheStoreHolds() {
        StoreConfig store = storeWith(session(), temp.resolve("db"), true);

        CliRun.Result r = CliRun.run("report", "--db-url", store.url(), "--run", "paper-9", "--out",
                temp.resolve("x").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no run paper-9 in this store").contains("paper-1");
        assertThat(temp.resolve("x")).doesNotExist();
    }

    @Test
    void runThatNeverEnded_isRefused_notReportedWithAMadeUpEnd() {
        StoreConfig store = storeWith(session(), temp.resolve("db"), false);

        CliRun.Result r = CliRun.run("report", "--db-url", store.url(), "--run", "paper-1", "--out",
                temp.resolve("x").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("run paper-1 has no end recorded");
    }

    @Test
    void runWithoutAStoreOfItsOwn_failsSayingWhereItLooked_andCreatesNothing() throws Exception {
        Path home = temp.resolve("empty-home");
        withAstraHome(home, () -> {
            CliRun.Result r = CliRun.run("report", "--run", "paper-2");

            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("no store for run paper-2").contains("paper/paper-2.mv.db")
                    .contains("--db-url");
            assertThat(home).doesNotExist();
        });
    }

    private interface Check {
        void run() throws Exception;
    }

    /** Runs the check with the Astra home (what the launcher passes as -Dastra.home) set to {@code home}. */
    private static void withAstraHome(Path home, Check check) throws Exception {
        String before = System.getProperty("astra.home");
        System.setProperty("astra.home", home.toString());
        try {
            check.run();
        } finally {
            if (before == null) {
                System.clearProperty("astra.home");
            } else {
                System.setProperty("astra.home", before);
            }
        }
    }

    @Test
    void noRunAndNoStore_isAUsageError() {
        CliRun.Result r = CliRun.run("report");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--run RUN_ID");
    }
}
