package astra.rules;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cycle's sort with keys computed once gives exactly the order of the comparator it replaces. */
class DecisionOrderTest {
    /** The comparator the cycle sorted with before (copied, so a change to the cycle cannot move it). */
    private static final Comparator<Decision> BEFORE = Comparator
            .comparing((Decision d) -> d.market().map(Object::toString).orElse(""))
            .thenComparing(Decision::ruleName)
            .thenComparing(Decision::kind)
            .thenComparing(Decision::reasonCode)
            .thenComparing(Decision::detail);

    @Test
    void inOrder_equalsASortByTheComparator_onRandomDecisionsWithTies() {
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

            List<Decision> actual = DecisionCycle.inOrder(decisions);

            assertThat(actual).as("seed %d", seed).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).as("seed %d position %d", seed, i).isSameAs(expected.get(i));
            }
        }
    }
}
