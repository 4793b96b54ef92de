package astra.simulator.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a short paper session sees from the default crowd: a small maker quoting around the mid
 * gets filled at a useful rate, and where news jumps meet informed flow its fills mark out badly.
 */
class PaperMakerTest {
    private static final long MINUTE = 60_000;

    @Test
    void defaultCrowd_fillsASmallMidMakerSeveralTimesAMinute() {
        World w = World.create(11, ScenarioSettings.defaults().withDuration(5 * MINUTE));
        MidMaker maker = new MidMaker(w, 5);

        maker.session(3 * MINUTE, 5_000);

        // 20 markets × 15 takers a minute × 3 minutes = 900 arrivals; seed 11 gives the maker
        // about 430 fills spread over all 20 markets. The bounds ask for a fill every 2 s overall
        // and fills in most markets, so a retuned crowd that starves the maker fails here.
        long markets = maker.fills().stream().map(MidMaker.Fill::conditionId).distinct().count();
        assertThat(maker.fills()).hasSizeGreaterThanOrEqualTo(90);
        assertThat(markets).isGreaterThanOrEqualTo(15);
    }

    @Test
    void informedFlowAndJumps_makeTheMidMakersMarkoutsNegative_calmFlowDoesNot() {
        ScenarioSettings toxic = ScenarioSettings.defaults().toBuilder().durationMillis(12 * MINUTE)
                .informedShare(0.6).jumpsPerHour(30).jumpSizeLogit(0.8).build();
        ScenarioSettings calm = toxic.toBuilder().informedShare(0).jumpsPerHour(0).build();

        Stats withNews = run(toxic);
        Stats quiet = run(calm);

        // seed 5, 10 minutes: toxic ≈ −0.030 per share at 30 s (t ≈ −7.6, 1,200 fills), calm ≈ +0.011
        // (t ≈ +4.2): the bounds keep wide margins on both and on the difference.
        assertThat(withNews.mean()).as("toxic %s", withNews).isLessThan(-5_000);
        assertThat(withNews.t()).as("toxic %s", withNews).isLessThan(-3);
        assertThat(quiet.mean()).as("calm %s", quiet).isGreaterThan(0);
        assertThat(quiet.mean() - withNews.mean()).isGreaterThan(15_000);
    }

    private static Stats run(ScenarioSettings s) {
        World w = World.create(5, s);
        MidMaker maker = new MidMaker(w, 5);
        maker.session(10 * MINUTE, 5_000);
        return Stats.of(maker.markoutsPerShare(30_000));
    }

    /** Mean and t-statistic of per-share markouts in millionths. */
    record Stats(int n, double mean, double t) {
        static Stats of(List<Long> xs) {
            int n = xs.size();
            double mean = xs.stream().mapToLong(Long::longValue).average().orElse(0);
            double var = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / Math.max(1, n - 1);
            return new Stats(n, mean, mean / Math.sqrt(var / Math.max(1, n)));
        }
    }
}
