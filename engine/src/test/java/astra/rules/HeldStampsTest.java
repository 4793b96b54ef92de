package astra.rules;

import static astra.rules.RulesTestSupport.shippedPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import astra.facts.MarketFacts;
import astra.facts.ParityCandidate;
import astra.facts.RecordVariants;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * A held fact is handed over again only when nothing but its times moved (and they crossed no
 * threshold): every other component counts, including any added to the records later.
 */
class HeldStampsTest {
    private static final long T = 1_800_000_000_000L;
    private static final long DAY = 86_400_000L;

    @Test
    void marketFacts_changedInAnyValue_areHandedOverAnew_butMovedTimesAloneKeepTheHeldFacts() throws Exception {
        // Data 1 s old and a close ten days off: a millisecond either way crosses no threshold.
        MarketFacts base = new MarketFacts("0xm", "cluster", false, 10_000, 410_000, 420_000, 415_000, 5_000_000,
                7_000_000, 12, T - 1_000, true, T - 1_000, true, T + 10 * DAY, T + 11 * DAY, T + 12 * DAY, T);
        assertEveryValueCounts(base, HeldStamps::market,
                Set.of("observedAtMillis", "channelDataAtMillis", "bookDataAtMillis"));
    }

    @Test
    void parityCandidates_changedInAnyValue_areHandedOverAnew_butTheirBooksTimesAreTimes() throws Exception {
        ParityCandidate base = new ParityCandidate("0xp", false, T - 1_000, T - 1_100, T);
        assertEveryValueCounts(base, HeldStamps::candidate,
                Set.of("observedAtMillis", "yesBookAtMillis", "noBookAtMillis"));
    }

    @Test
    void aTimeThatCrossesAThreshold_isHandedOverAnew() {
        HeldStamps stamps = new HeldStamps();
        stamps.usePolicy(policy());
        // Shipped staleness limit 5 s: 4.9 s and 5.1 s lie either side of it.
        MarketFacts young = new MarketFacts("0xm", "c", false, 10_000, 410_000, 420_000, 415_000, 1, 1, 12,
                T - 4_900, false, -1, true, T + 10 * DAY, T + 11 * DAY, T + 12 * DAY, T);
        MarketFacts older = young.stampedAt(T + 100, -1);
        MarketFacts stale = young.stampedAt(T + 200, -1);

        assertThat(stamps.market(young)).isSameAs(young);
        assertThat(stamps.market(older)).as("5.0 s: on the limit, a threshold of its own").isSameAs(older);
        assertThat(stamps.market(stale)).as("5.1 s: past the limit").isSameAs(stale);
        assertThat(stamps.market(stale.stampedAt(T + 300, -1))).as("5.2 s: the same side as 5.1 s").isSameAs(stale);
    }

    private static Policy policy() {
        return new PolicyLoader().parse(shippedPolicy());
    }

    private static <R extends Record> void assertEveryValueCounts(R base, BiFunction<HeldStamps, R, R> handOver,
            Set<String> times) throws Exception {
        for (RecordVariants.Variant<R> variant : RecordVariants.eachComponentChanged(base)) {
            HeldStamps stamps = new HeldStamps();
            stamps.usePolicy(policy());
            assertThat(handOver.apply(stamps, base)).isSameAs(base);

            R handed = handOver.apply(stamps, variant.record());

            boolean time = times.contains(variant.component());
            assertThat(handed).as("%s changed", variant.component()).isSameAs(time ? base : variant.record());
        }
    }
}
