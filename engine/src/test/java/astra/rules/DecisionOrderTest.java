package astra.rules;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cycle's order, by buckets sorted on their own, is exactly that of the comparator it replaced,
 * also while decisions come and go between cycles; and a bucket nothing came to or left is the same
 * list as before.
 */
class DecisionOrderTest {
    /** The comparator the cycle sorted with before (copied, so a change to the cycle cannot move it). */
    private static final Comparator<Decision> BEFORE = Comparator
            .comparing((Decision d) -> d.market().map(Object::toString).orElse(""))
            .thenComparing(Decision::ruleName)
            .thenComparing(Decision::kind)
            .thenComparing(Decision::reasonCode)
            .thenComparing(Decision::detail);

    @Test
    void buckets_giveTheOrderOfASortByTheComparator_onRandomDecisionsWithTies() {
        // Kinds that carry no value (a state or multiplier decision needs one).
        DecisionKind[] kinds = {DecisionKind.HALT_QUOTING, DecisionKind.REDUCE_ONLY, DecisionKind.VETO_QUOTE,
            DecisionKind.ALLOW_PARITY, DecisionKind.DENY_PARITY};
        for (int seed = 0; seed < 50; seed++) {
            Random random = new Random(seed);
            List<Decision> decisions = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                DecisionKind kind = kinds[random.nextInt(kinds.length)];
                String rule = "Rule" + random.nextInt(4);
                String reason = "REASON_" + random.nextInt(3);
                String detail = "detail " + random.nextInt(3);
                // Identical decisions occur (ties): a stable sort must keep their input order.
                decisions.add(random.nextInt(8) == 0
                        ? Decision.forAccount(kind, reason, rule, "v1", detail)
                        : Decision.forMarket(new ConditionId("0x" + random.nextInt(30)), kind, reason, rule, "v1",
                                detail));
            }
            List<Decision> expected = new ArrayList<>(decisions);
            expected.sort(BEFORE);

            DecisionBuckets buckets = new DecisionBuckets();
            decisions.forEach(buckets::add);
            List<Decision> actual = buckets.all();

            assertThat(actual).as("seed %d", seed).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).as("seed %d position %d", seed, i).isSameAs(expected.get(i));
            }
        }
    }

    @Test
    void bucketsKeptAcrossChanges_giveTheOrderOfAFreshSort_andKeepUnchangedBucketsAsTheSameList() {
        Random random = new Random(3);
        DecisionBuckets buckets = new DecisionBuckets();
        List<Decision> held = new ArrayList<>();
        for (int round = 0; round < 200; round++) {
            Map<String, List<Decision>> before = new HashMap<>();
            for (int m = 0; m < 30; m++) {
                before.put("0x" + m, buckets.of("0x" + m));
            }
            List<Decision> accountBefore = buckets.account();
            Set<String> touched = new HashSet<>();
            for (int change = 0; change < 5; change++) {
                if (!held.isEmpty() && random.nextBoolean()) {
                    Decision gone = held.remove(random.nextInt(held.size()));
                    buckets.remove(gone);
                    touched.add(gone.accountWide() ? "" : gone.marketId());
                } else {
                    Decision d = random.nextInt(8) == 0
                            ? Decision.forAccount(DecisionKind.HALT_QUOTING, "REASON_" + random.nextInt(3),
                                    "Rule" + random.nextInt(4), "v1", "detail " + random.nextInt(3))
                            : Decision.forMarket(new ConditionId("0x" + random.nextInt(30)), DecisionKind.VETO_QUOTE,
                                    "REASON_" + random.nextInt(3), "Rule" + random.nextInt(4), "v1",
                                    "detail " + random.nextInt(3));
                    held.add(d);
                    buckets.add(d);
                    touched.add(d.accountWide() ? "" : d.marketId());
                }
            }

            List<Decision> expected = new ArrayList<>(held);
            expected.sort(BEFORE);
            assertThat(buckets.all()).as("round %d", round).containsExactlyElementsOf(expected);
            for (int m = 0; m < 30; m++) {
                String id = "0x" + m;
                if (!touched.contains(id)) {
                    assertThat(buckets.of(id)).as("round %d, untouched %s", round, id).isSameAs(before.get(id));
                }
            }
            if (!touched.contains("")) {
                assertThat(buckets.account()).isSameAs(accountBefore);
            }
        }
    }
}
