package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionRiskFeedTest {
    private static final String M1 = "0x" + "1".repeat(64);
    private static final String M2 = "0x" + "2".repeat(64);

    @Test
    void goodLines_becomeRisks_withTheirScoreReadExactly() {
        ResolutionRiskFeed.Read read = ResolutionRiskFeed.parse(List.of(
                "{\"market\": \"" + M1 + "\", \"score\": 0.8, \"why\": \"ambiguous question\"}",
                "",
                "{\"market\": \"" + M2 + "\", \"score\": \"0.10\", \"why\": \"clear source\"}"));

        assertThat(read.errors()).isEmpty();
        assertThat(read.risks()).extracting(r -> r.market() + " " + r.score().toPlainString())
                .containsExactly(M1 + " 0.8", M2 + " 0.10");
    }

    @Test
    void badLines_areRefusedWithTheirNumber_andTheRestStillApplies() {
        ResolutionRiskFeed.Read read = ResolutionRiskFeed.parse(List.of(
                "{\"market\": \"" + M1 + "\", \"score\": 1.5, \"why\": \"out of range\"}",
                "not json",
                "{\"market\": \"" + M1 + "\", \"score\": 0.5, \"why\": \"x\", \"extra\": 1}",
                "{\"market\": \"" + M1 + "\", \"score\": 0.5}",
                "{\"market\": \"" + M2 + "\", \"score\": 0.9, \"why\": \"disputed before\"}"));

        assertThat(read.risks()).extracting(r -> r.market()).containsExactly(M2);
        assertThat(read.errors()).hasSize(4);
        assertThat(read.errors().get(0)).startsWith("line 1:").contains("[0, 1]");
        assertThat(read.errors().get(1)).startsWith("line 2:");
        assertThat(read.errors().get(2)).startsWith("line 3:").contains("unknown field 'extra'");
        assertThat(read.errors().get(3)).startsWith("line 4:").contains("why");
    }
}
