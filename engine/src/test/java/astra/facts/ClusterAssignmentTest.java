package astra.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterAssignmentTest {
    private final ClusterAssignment plain = ClusterAssignment.unconfigured();

    @Test
    void everyOutcomeOfANegRiskEvent_isOneCluster_whateverItsEventId() {
        String a = plain.clusterOf("0xa", Optional.of("0xneg"), Optional.of("event-1"));
        String b = plain.clusterOf("0xb", Optional.of("0xneg"), Optional.of("event-2"));

        assertThat(a).isEqualTo("negrisk:0xneg").isEqualTo(b);
    }

    @Test
    void aNegRiskEvent_staysTogetherEvenWhenOneOfItsMarketsIsConfiguredElsewhere() {
        ClusterAssignment configured = new ClusterAssignment(Map.of("0xa", "elections"));

        assertThat(configured.clusterOf("0xa", Optional.of("0xneg"), Optional.empty())).isEqualTo("negrisk:0xneg");
    }

    @Test
    void aConfiguredGroup_beatsTheEvent_andTheEventBeatsTheMarketAlone() {
        ClusterAssignment configured = new ClusterAssignment(Map.of("0xa", "fed", "0xneg", "fed"));

        assertThat(configured.clusterOf("0xa", Optional.empty(), Optional.of("e1"))).isEqualTo("group:fed");
        assertThat(configured.clusterOf("0xc", Optional.of("0xneg"), Optional.empty())).isEqualTo("group:fed");
        assertThat(configured.clusterOf("0xb", Optional.empty(), Optional.of("e1"))).isEqualTo("event:e1");
        assertThat(configured.clusterOf("0xd", Optional.empty(), Optional.empty())).isEqualTo("market:0xd");
    }

    @Test
    void theSameInput_alwaysGivesTheSameCluster_acrossInstances() {
        ClusterAssignment first = new ClusterAssignment(Map.of("0xa", "g"));
        ClusterAssignment second = new ClusterAssignment(Map.of("0xa", "g"));

        for (int i = 0; i < 3; i++) {
            assertThat(first.clusterOf("0xz", Optional.empty(), Optional.of("e9")))
                    .isEqualTo(second.clusterOf("0xz", Optional.empty(), Optional.of("e9")))
                    .isEqualTo("event:e9");
        }
    }

    @Test
    void blankIdsOrGroups_areRefused() {
        assertThatThrownBy(() -> new ClusterAssignment(Map.of("0xa", " "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.clusterOf("", Optional.empty(), Optional.empty()))
                .hasMessageContaining("market");
    }
}
