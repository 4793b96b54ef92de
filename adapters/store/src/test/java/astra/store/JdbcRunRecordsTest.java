package astra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.Price;
import astra.domain.TokenId;
import astra.domain.Usd;
import astra.ports.RunRecords;
import astra.ports.RunRecords.ReferenceMark;
import astra.ports.RunRecords.Run;
import astra.ports.RunRecords.RunMarket;
import astra.report.MarkSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

class JdbcRunRecordsTest extends StoreTestBase {
    private static final RunMarket RUN_MARKET = new RunMarket(MARKET, YES, NO, "market:" + MARKET.value());

    private static Run started(String id) {
        return Run.started(id, "paper", "simulator", "defaults, seed 42", T0, Usd.parse("1000"));
    }

    @OnEachDatabase
    void startedRun_readsBackWithItsMarkets_andNoEndYet(TestDatabase.Kind kind) throws Exception {
        RunRecords runs = open(kind).runs();

        runs.recordRunStart(started("paper-1"), List.of(RUN_MARKET));

        assertThat(runs.run("paper-1")).contains(started("paper-1"));
        assertThat(runs.run("paper-1").orElseThrow().end()).isEmpty();
        assertThat(runs.runMarkets("paper-1")).containsExactly(RUN_MARKET);
        assertThat(runs.run("paper-2")).isEmpty();
    }

    @OnEachDatabase
    void runEnd_setsEndAndQuotes_andSurvivesAReopen(TestDatabase.Kind kind) throws Exception {
        open(kind).runs().recordRunStart(started("paper-1"), List.of(RUN_MARKET));
        // The end keeps its nanoseconds: T0 carries .123456789 and 90 s are added.
        open(kind).runs().recordRunEnd("paper-1", T0.plusSeconds(90), 17);

        Run read = open(kind).runs().run("paper-1").orElseThrow();

        assertThat(read.end()).contains(T0.plusSeconds(90));
        assertThat(read.quotesSent()).isEqualTo(17);
        assertThat(read.bankroll()).isEqualTo(Usd.parse("1000"));
    }

    @OnEachDatabase
    void sameRunTwice_isRefused_andTheFirstStays(TestDatabase.Kind kind) throws Exception {
        RunRecords runs = open(kind).runs();
        runs.recordRunStart(started("paper-1"), List.of(RUN_MARKET));

        assertThatThrownBy(() -> runs.recordRunStart(
                Run.started("paper-1", "live", "x", "", T0, Usd.parse("5")), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paper-1 is already recorded");
        assertThat(runs.run("paper-1").orElseThrow().kind()).isEqualTo("paper");
    }

    @OnEachDatabase
    void secondEnd_isRefused_andTheFirstStays(TestDatabase.Kind kind) throws Exception {
        RunRecords runs = open(kind).runs();
        runs.recordRunStart(started("paper-1"), List.of());
        runs.recordRunEnd("paper-1", T0.plusSeconds(90), 17);

        assertThatThrownBy(() -> runs.recordRunEnd("paper-1", T0.plusSeconds(120), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paper-1 already ended");
        assertThat(runs.run("paper-1").orElseThrow().end()).contains(T0.plusSeconds(90));
        assertThat(runs.run("paper-1").orElseThrow().quotesSent()).isEqualTo(17);
    }

    @OnEachDatabase
    void endBeforeStart_orUnknownRun_isRefused(TestDatabase.Kind kind) throws Exception {
        RunRecords runs = open(kind).runs();
        runs.recordRunStart(started("paper-1"), List.of());

        assertThatThrownBy(() -> runs.recordRunEnd("paper-1", T0.minusSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> runs.recordRunEnd("nope", T0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no run nope");
        assertThatThrownBy(() -> runs.recordMarks("nope", List.of(new MarkSnapshot(T0, Map.of(YES, Price.parse("0.5"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no run nope");
        assertThat(runs.run("paper-1").orElseThrow().end()).isEmpty();
    }

    @OnEachDatabase
    void marks_writtenInBatches_readBackAsOneTapeInTimeOrder_perRun(TestDatabase.Kind kind) throws Exception {
        RunRecords runs = open(kind).runs();
        runs.recordRunStart(started("paper-1"), List.of(RUN_MARKET));
        runs.recordRunStart(started("paper-2"), List.of(RUN_MARKET));
        MarkSnapshot first = new MarkSnapshot(T0, Map.of(YES, Price.parse("0.41"), NO, Price.parse("0.59")));
        MarkSnapshot second = new MarkSnapshot(T0.plusSeconds(1), Map.of(YES, Price.parse("0.42")));
        MarkSnapshot third = new MarkSnapshot(T0.plusSeconds(2).plusNanos(1), Map.of(NO, Price.parse("0.575")));

        runs.recordMarks("paper-1", List.of(first, second));
        runs.recordMarks("paper-1", List.of(third));
        runs.recordMarks("paper-2", List.of(new MarkSnapshot(T0, Map.of(YES, Price.parse("0.9")))));

        assertThat(runs.marks("paper-1")).containsExactly(first, second, third);
        assertThat(runs.marks("paper-2")).hasSize(1);
    }

    @OnEachDatabase
    void pointsWithoutAChange_andTokensWhoseMidIsGone_readBackExactly(TestDatabase.Kind kind) throws Exception {
        RunRecords runs = open(kind).runs();
        runs.recordRunStart(started("paper-1"), List.of(RUN_MARKET));
        MarkSnapshot first = new MarkSnapshot(T0, Map.of(YES, Price.parse("0.41"), NO, Price.parse("0.59")));
        MarkSnapshot unchanged = new MarkSnapshot(T0.plusSeconds(1), Map.of());
        MarkSnapshot noGone = new MarkSnapshot(T0.plusSeconds(2), Map.of(YES, Price.parse("0.4")), Set.of(NO));

        runs.recordMarks("paper-1", List.of(first, unchanged, noGone));

        assertThat(runs.marks("paper-1")).containsExactly(first, unchanged, noGone);
    }

    @OnEachDatabase
    void aBatchWithADuplicatePoint_storesNothingOfThatBatch(TestDatabase.Kind kind) throws Exception {
        RunRecords runs = open(kind).runs();
        runs.recordRunStart(started("paper-1"), List.of());
        MarkSnapshot point = new MarkSnapshot(T0, Map.of(YES, Price.parse("0.41")));
        runs.recordMarks("paper-1", List.of(point));

        assertThatThrownBy(() -> runs.recordMarks("paper-1", List.of(
                new MarkSnapshot(T0.plusSeconds(1), Map.of(YES, Price.parse("0.43"))), point)))
                .isInstanceOf(StoreException.class);
        assertThat(runs.marks("paper-1")).containsExactly(point);
    }

    @OnEachDatabase
    void referenceMarks_readBackExactly(TestDatabase.Kind kind) throws Exception {
        RunRecords runs = open(kind).runs();
        runs.recordRunStart(started("paper-1"), List.of(RUN_MARKET));
        ReferenceMark yes = new ReferenceMark(MARKET, YES, T0.plusSeconds(30), new Price(412_345));
        ReferenceMark no = new ReferenceMark(MARKET, NO, T0.plusSeconds(30), new Price(587_655));

        runs.recordReferenceMarks("paper-1", List.of(yes, no));

        assertThat(runs.referenceMarks("paper-1")).containsExactlyInAnyOrder(yes, no);
    }

    @OnEachDatabase
    void runs_listsTheLatestStartFirst(TestDatabase.Kind kind) throws Exception {
        RunRecords runs = open(kind).runs();
        runs.recordRunStart(started("early"), List.of());
        runs.recordRunStart(new Run("late", "paper", "simulator", "", T0.plusSeconds(60), Optional.empty(),
                Usd.parse("1000"), 0), List.of());

        assertThat(runs.runs()).extracting(Run::runId).containsExactly("late", "early");
    }

    @OnEachDatabase
    void tokenIdsOfFullLength_fitTheColumns(TestDatabase.Kind kind) throws Exception {
        RunRecords runs = open(kind).runs();
        runs.recordRunStart(started("paper-1"), List.of(RUN_MARKET));
        TokenId longest = new TokenId("1".repeat(78)); // a uint256 has at most 78 decimal digits

        runs.recordMarks("paper-1", List.of(new MarkSnapshot(T0, Map.of(longest, Price.parse("0.5")))));

        assertThat(runs.marks("paper-1").get(0).mids()).containsKey(longest);
    }
}
