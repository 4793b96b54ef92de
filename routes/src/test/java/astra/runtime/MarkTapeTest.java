package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.Price;
import astra.domain.TokenId;
import astra.report.MarkSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkTapeTest {
    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    private static final TokenId YES = new TokenId("101");
    private static final TokenId NO = new TokenId("102");
    private static final List<TokenId> TOKENS = List.of(YES, NO, new TokenId("201"), new TokenId("202"));

    @Test
    void aPoint_keepsOnlyWhatChanged_andTheTokensWhoseMidIsGone() {
        MarkTape tape = new MarkTape();
        tape.record(T0, Map.of(YES, new Price(400_000), NO, new Price(600_000)));
        tape.record(T0.plusSeconds(1), Map.of(YES, new Price(410_000), NO, new Price(600_000)));
        tape.record(T0.plusSeconds(2), Map.of(YES, new Price(410_000)));

        assertThat(tape.points()).containsExactly(
                new MarkSnapshot(T0, Map.of(YES, new Price(400_000), NO, new Price(600_000))),
                new MarkSnapshot(T0.plusSeconds(1), Map.of(YES, new Price(410_000))),
                new MarkSnapshot(T0.plusSeconds(2), Map.of(), Set.of(NO)));
    }

    @Test
    void afterAGone_theNextPointWithAMidAnswers_andLastKeepsTheLastMidKnown() {
        MarkTape tape = new MarkTape();
        tape.record(T0, Map.of(YES, new Price(400_000), NO, new Price(600_000)));
        tape.record(T0.plusSeconds(1), Map.of(YES, new Price(400_000)));
        tape.record(T0.plusSeconds(2), Map.of(YES, new Price(400_000)));
        tape.record(T0.plusSeconds(3), Map.of(YES, new Price(400_000), NO, new Price(620_000)));

        assertThat(tape.after(NO, T0.plusMillis(500))).contains(new Price(620_000));
        assertThat(tape.at(NO, T0.plusMillis(2_500))).contains(new Price(600_000));
        assertThat(tape.after(YES, T0.plusSeconds(4))).as("the tape does not reach that far").isEmpty();
        assertThat(tape.last()).containsEntry(NO, new Price(620_000)).containsEntry(YES, new Price(400_000));
    }

    /**
     * The answers are those of the tape of full copies it replaced, on random sessions: mids that
     * move, hold, vanish and come back, probed at and between points; and again after the points
     * are stored and replayed, as a report rebuilt from the store does.
     */
    @Test
    void answersEqualATapeOfFullCopies_recordedOrReplayed() {
        Random random = new Random(7);
        for (int session = 0; session < 200; session++) {
            MarkTape tape = new MarkTape();
            FullCopies full = new FullCopies();
            Map<TokenId, Price> mids = new HashMap<>();
            Instant t = T0;
            for (int step = 0; step < 60; step++) {
                for (TokenId token : TOKENS) {
                    int roll = random.nextInt(10);
                    if (roll == 0) {
                        mids.remove(token);
                    } else if (roll < 3 || !mids.containsKey(token) && roll < 6) {
                        mids.put(token, new Price(1_000L * (1 + random.nextInt(999))));
                    }
                }
                t = t.plusMillis(250 + random.nextInt(1_000));
                tape.record(t, mids);
                full.record(t, mids);
            }
            MarkTape replayed = new MarkTape();
            tape.points().forEach(replayed::replay);
            for (int probe = 0; probe < 200; probe++) {
                TokenId token = TOKENS.get(random.nextInt(TOKENS.size()));
                Instant at = T0.plusMillis(random.nextInt(70_000));
                for (MarkTape answer : List.of(tape, replayed)) {
                    assertThat(answer.at(token, at)).as("at %s %s", token, at).isEqualTo(full.at(token, at));
                    assertThat(answer.after(token, at)).as("after %s %s", token, at).isEqualTo(full.after(token, at));
                }
            }
            assertThat(tape.last()).isEqualTo(full.last());
            assertThat(replayed.last()).isEqualTo(full.last());
        }
    }

    @Test
    void replay_refusesAPointThatIsNotAfterTheLast() {
        MarkTape tape = new MarkTape();
        tape.replay(new MarkSnapshot(T0, Map.of(YES, new Price(400_000))));

        assertThatThrownBy(() -> tape.replay(new MarkSnapshot(T0, Map.of(YES, new Price(410_000)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not after");
    }

    /** The tape as it was: a full copy of the mids at every point, searched point by point. */
    private static final class FullCopies {
        private final List<MarkSnapshot> points = new ArrayList<>();

        void record(Instant at, Map<TokenId, Price> mids) {
            if (mids.isEmpty()) {
                return;
            }
            if (!points.isEmpty() && at.isBefore(points.get(points.size() - 1).time().plus(MarkTape.SPACING))) {
                return;
            }
            points.add(new MarkSnapshot(at, mids));
        }

        Optional<Price> at(TokenId token, Instant t) {
            Price found = null;
            for (MarkSnapshot s : points) {
                if (s.time().isAfter(t)) {
                    break;
                }
                if (s.mids().containsKey(token)) {
                    found = s.mids().get(token);
                }
            }
            return Optional.ofNullable(found);
        }

        Optional<Price> after(TokenId token, Instant t) {
            for (MarkSnapshot s : points) {
                if (!s.time().isBefore(t) && s.mids().containsKey(token)) {
                    return Optional.of(s.mids().get(token));
                }
            }
            return Optional.empty();
        }

        Map<TokenId, Price> last() {
            Map<TokenId, Price> last = new HashMap<>();
            points.forEach(s -> last.putAll(s.mids()));
            return last;
        }
    }
}
