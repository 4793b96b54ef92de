package astra.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * The held session holds each fact once per time it is given, whether it comes back as the very
 * object given last cycle (at the same place of the list or another), as an equal new object, or
 * twice; a fact no longer given is deleted, and one that did not change is left alone: its
 * decisions are not withdrawn and derived again.
 */
class HeldSessionTest {
    /** A fact of the test rules: one decision per probe, and one for the account counting the probes. */
    public record Probe(String market, int n) {}

    private static final String RULES = """
            package astra.rules;

            rule "EachProbe"
            when
                $p : HeldSessionTest.Probe( $m : market )
            then
                insertLogical( Decision.forMarket( $m, DecisionKind.VETO_QUOTE, "PROBE", "EachProbe", "test",
                        "n=" + $p.n() ) );
            end

            rule "CountProbes"
            when
                accumulate( HeldSessionTest.Probe(), $count : count() )
            then
                insertLogical( Decision.forAccount( DecisionKind.HALT_QUOTING, "COUNT", "CountProbes", "test",
                        "held " + $count ) );
            end
            """;

    private static KieContainer rules;
    private HeldSession session;

    @BeforeAll
    static void compileRules() {
        KieServices kie = KieServices.Factory.get();
        ReleaseId release = kie.newReleaseId("astra.test", "held-session", "1");
        KieFileSystem files = kie.newKieFileSystem().generateAndWritePomXML(release);
        files.write("src/main/resources/astra/rules/held-session-test.drl", RULES);
        KieBuilder built = kie.newKieBuilder(files).buildAll();
        assertThat(built.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        rules = kie.newKieContainer(release);
    }

    @BeforeEach
    void newSession() {
        session = newHeldSession();
    }

    private static HeldSession newHeldSession() {
        return new HeldSession(rules.newKieSession());
    }

    @AfterEach
    void dispose() {
        session.close();
    }

    @Test
    void sameObjectsAtOtherPlaces_areLeftAlone() {
        Probe a = new Probe("0xa", 1);
        Probe b = new Probe("0xb", 1);
        DecisionBuckets first = session.decide(List.of(a, b));
        List<Decision> ofA = first.of("0xa");
        List<Decision> ofB = first.of("0xb");

        DecisionBuckets swapped = session.decide(List.of(b, a));

        assertThat(swapped.of("0xa")).isSameAs(ofA);
        assertThat(swapped.of("0xb")).isSameAs(ofB);
        assertThat(held(swapped)).isEqualTo("held 2");
    }

    @Test
    void anEqualNewObject_isLeftAlone() {
        DecisionBuckets first = session.decide(List.of(new Probe("0xa", 1), new Probe("0xb", 1)));
        List<Decision> ofA = first.of("0xa");

        DecisionBuckets again = session.decide(List.of(new Probe("0xa", 1), new Probe("0xb", 1)));

        assertThat(again.of("0xa")).isSameAs(ofA);
        assertThat(held(again)).isEqualTo("held 2");
    }

    @Test
    void anObjectGivenTwice_isHeldOnce_andEqualObjectsEach_asANewSessionHoldsThem() {
        Probe a = new Probe("0xa", 1);
        Probe alsoA = new Probe("0xa", 1);
        Probe b = new Probe("0xb", 1);
        session.decide(List.of(a, b));

        assertThat(held(session.decide(List.of(a, a, b)))).isEqualTo("held 2");
        assertThat(held(session.decide(List.of(a, alsoA, b)))).isEqualTo("held 3");
        assertThat(held(session.decide(List.of(b, a)))).isEqualTo("held 2");
        // A new equal object before the one held: both are held, the new one inserted.
        assertThat(held(session.decide(List.of(alsoA, a)))).isEqualTo("held 2");
        assertThat(held(session.decide(List.of(a, b, a, a)))).isEqualTo("held 2");
        assertThat(held(session.decide(List.of(a)))).isEqualTo("held 1");
    }

    @Test
    void anyOrderOfRepeatedAndEqualObjects_holdsWhatANewSessionHolds() {
        // A few values, each as two distinct objects, given in random lists with repeats.
        List<Probe> pool = new ArrayList<>();
        for (String market : List.of("0xa", "0xb", "0xc")) {
            for (int n = 1; n <= 2; n++) {
                pool.add(new Probe(market, n));
                pool.add(new Probe(market, n));
            }
        }
        Random random = new Random(11);
        for (int cycle = 0; cycle < 300; cycle++) {
            List<Probe> given = new ArrayList<>();
            for (int k = random.nextInt(9); k > 0; k--) {
                given.add(pool.get(random.nextInt(pool.size())));
            }
            DecisionBuckets kept = session.decide(given);
            try (HeldSession fresh = newHeldSession()) {
                DecisionBuckets expected = fresh.decide(given);
                assertThat(kept.all()).as("cycle %d: %s", cycle, given).isEqualTo(expected.all());
            }
        }
    }

    @Test
    void aFactNoLongerGiven_isDeleted_andAChangedOneReplaced() {
        Probe a = new Probe("0xa", 1);
        Probe b = new Probe("0xb", 1);
        session.decide(List.of(a, b));

        DecisionBuckets withoutA = session.decide(List.of(b));
        assertThat(withoutA.of("0xa")).isEmpty();
        assertThat(held(withoutA)).isEqualTo("held 1");

        DecisionBuckets changed = session.decide(List.of(new Probe("0xa", 2), b));
        assertThat(changed.of("0xa")).extracting(Decision::detail).containsExactly("n=2");
        assertThat(held(changed)).isEqualTo("held 2");

        DecisionBuckets none = session.decide(List.of());
        assertThat(none.of("0xa")).isEmpty();
        assertThat(none.of("0xb")).isEmpty();
        assertThat(held(none)).isEqualTo("held 0");
    }

    @Test
    void valuesChangingAndFactsComingAndGoing_holdWhatANewSessionHolds() {
        // Probes of a few markets and values, changing value, market and number from cycle to cycle.
        Random random = new Random(23);
        for (int cycle = 0; cycle < 300; cycle++) {
            List<Probe> given = new ArrayList<>();
            for (int k = random.nextInt(7); k > 0; k--) {
                given.add(new Probe("0x" + "abc".charAt(random.nextInt(3)), random.nextInt(4)));
            }
            DecisionBuckets kept = session.decide(given);
            try (HeldSession fresh = newHeldSession()) {
                assertThat(kept.all()).as("cycle %d: %s", cycle, given).isEqualTo(fresh.decide(given).all());
            }
        }
    }

    private static String held(DecisionBuckets buckets) {
        assertThat(buckets.account()).hasSize(1);
        return buckets.account().get(0).detail();
    }
}
