package astra.strategy.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ConditionId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActiveSetSelectorTest {

    private static ActiveSetCandidate c(String market, String cluster, String score) {
        return new ActiveSetCandidate(new ConditionId(market), cluster, new BigDecimal(score), Optional.empty());
    }

    private static List<String> ids(ActiveSet set) {
        return set.markets().stream().map(ConditionId::value).toList();
    }

    @Test
    void topNWithAtMostKPerCluster() {
        // N = 3, K = 2: a1 0.9, a2 0.8 (cluster A full), a3 0.7 skipped, b1 0.6 taken; c1 0.5 beyond N.
        ActiveSet set = new ActiveSetSelector(3, 2).select(List.of(
                c("c1", "C", "0.5"), c("a3", "A", "0.7"), c("b1", "B", "0.6"), c("a1", "A", "0.9"),
                c("a2", "A", "0.8")));

        assertThat(ids(set)).containsExactly("a1", "a2", "b1");
        assertThat(set.skipped()).extracting(ActiveSet.Skipped::reason)
                .containsExactly("cluster A already has 2", "below the top 3");
    }

    @Test
    void vetoedMarket_neverSelected_evenWithTheBestScore() {
        ActiveSet set = new ActiveSetSelector(2, 2).select(List.of(
                new ActiveSetCandidate(new ConditionId("best"), "A", new BigDecimal("0.99"), Optional.of("TOXIC")),
                c("ok1", "B", "0.5"), c("ok2", "C", "0.4")));

        assertThat(ids(set)).containsExactly("ok1", "ok2");
        assertThat(set.skipped()).containsExactly(new ActiveSet.Skipped(new ConditionId("best"), "vetoed: TOXIC"));
    }

    @Test
    void equalScores_tieBrokenByConditionId_whateverTheInputOrder() {
        List<ActiveSetCandidate> one = List.of(c("0xb", "X", "0.5"), c("0xa", "Y", "0.5"), c("0xc", "Z", "0.5"));
        List<ActiveSetCandidate> other = List.of(c("0xc", "Z", "0.5"), c("0xb", "X", "0.5"), c("0xa", "Y", "0.5"));

        assertThat(ids(new ActiveSetSelector(2, 1).select(one))).containsExactly("0xa", "0xb");
        assertThat(ids(new ActiveSetSelector(2, 1).select(other))).containsExactly("0xa", "0xb");
    }

    @Test
    void sameMarketTwice_refused() {
        assertThatThrownBy(() -> new ActiveSetSelector(2, 1).select(List.of(c("m", "A", "0.5"), c("m", "B", "0.4"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offered twice");
    }

    @Test
    void incumbent_keepsItsSeat_againstAChallengerWithinTheMargin() {
        // One seat, margin 0.05: incumbent 0.50 stands at 0.55; challenger 0.54 does not beat it.
        ActiveSetSelector selector = new ActiveSetSelector(1, 1, new BigDecimal("0.05"));
        List<ActiveSetCandidate> scores = List.of(c("challenger", "A", "0.54"), c("incumbent", "B", "0.50"));

        assertThat(ids(selector.select(scores, Set.of(new ConditionId("incumbent"))))).containsExactly("incumbent");
        assertThat(ids(selector.select(scores))).containsExactly("challenger");
    }

    @Test
    void challenger_takesTheSeat_whenItOutscoresTheIncumbentByMoreThanTheMargin() {
        // 0.56 > 0.50 + 0.05.
        ActiveSetSelector selector = new ActiveSetSelector(1, 1, new BigDecimal("0.05"));

        ActiveSet set = selector.select(List.of(c("challenger", "A", "0.56"), c("incumbent", "B", "0.50")),
                Set.of(new ConditionId("incumbent")));

        assertThat(ids(set)).containsExactly("challenger");
        assertThat(set.skipped()).containsExactly(new ActiveSet.Skipped(new ConditionId("incumbent"), "below the top 1"));
    }

    @Test
    void vetoedIncumbent_losesItsSeat_whateverTheMargin() {
        ActiveSetSelector selector = new ActiveSetSelector(1, 1, new BigDecimal("0.5"));

        ActiveSet set = selector.select(List.of(c("challenger", "A", "0.1"),
                new ActiveSetCandidate(new ConditionId("incumbent"), "B", new BigDecimal("0.9"), Optional.of("TOXIC"))),
                Set.of(new ConditionId("incumbent")));

        assertThat(ids(set)).containsExactly("challenger");
    }

    @Test
    void negativeSeatMargin_refused() {
        assertThatThrownBy(() -> new ActiveSetSelector(1, 1, new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seat margin");
    }
}
