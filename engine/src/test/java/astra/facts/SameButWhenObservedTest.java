package astra.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The fact store's "nothing new" comparisons are written out field by field; these pin that every
 * component counts but the stamps, including any component added to the records later.
 */
class SameButWhenObservedTest {

    @Test
    void marketFacts_differingInAnyComponentButTheTwoStamps_areNotTheSame() throws Exception {
        MarketFacts base = new MarketFacts("0xm", "cluster", false, 10_000, 410_000, 420_000, 415_000, 5_000_000,
                7_000_000, 12, 2_400, true, 2_500, true, 3_600_000, 7_200_000, 7_300_000, 2_600);
        assertEveryComponentCounts(base, MarketFacts::sameButWhenObserved,
                Set.of("observedAtMillis", "channelDataAtMillis"));
    }

    @Test
    void parityCandidates_differingInAnyComponentButTheStamp_areNotTheSame() throws Exception {
        ParityCandidate base = new ParityCandidate("0xp", false, 2_300, 1_100, 2_500);
        assertEveryComponentCounts(base, ParityCandidate::sameButWhenObserved, Set.of("observedAtMillis"));
    }

    private static <R extends Record> void assertEveryComponentCounts(R base, BiPredicate<R, R> same,
            Set<String> stamps) throws Exception {
        assertThat(same.test(base, base)).isTrue();
        for (RecordVariants.Variant<R> variant : RecordVariants.eachComponentChanged(base)) {
            R other = variant.record();
            boolean stamp = stamps.contains(variant.component());
            assertThat(same.test(base, other)).as("%s changed", variant.component()).isEqualTo(stamp);
            assertThat(same.test(other, base)).as("%s changed, compared the other way", variant.component())
                    .isEqualTo(stamp);
        }
    }
}
