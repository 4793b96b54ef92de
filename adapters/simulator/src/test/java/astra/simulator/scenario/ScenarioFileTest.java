package astra.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.simulator.fault.FaultAction;
import astra.simulator.fault.LostResponse;
import astra.simulator.fault.ScheduledFault;
import astra.simulator.world.ScenarioSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScenarioFileTest {
    /** The repository's scenarios/ folder, from the module directory surefire runs in. */
    private static final Path SCENARIOS = Path.of(System.getProperty("astra.scenarios.dir", "../../scenarios"));

    private static Scenario parse(String yaml) {
        return ScenarioFile.parse(yaml, "test", "test.yaml");
    }

    @Test
    void everyShippedScenario_loads() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).extracting(p -> p.getFileName().toString())
                    .contains("calm.yaml", "default.yaml", "toxic.yaml", "close-heavy.yaml", "faults.yaml");
            yaml.forEach(ScenarioFile::load);
        }
    }

    @Test
    void defaultFile_spellsOutTheBuiltInDefaults() {
        Scenario s = ScenarioFile.load(SCENARIOS.resolve("default.yaml"));

        assertThat(s.name()).isEqualTo("default");
        assertThat(s.settings()).isEqualTo(ScenarioSettings.defaults());
        assertThat(s.faults().isEmpty()).isTrue();
    }

    @Test
    void closeHeavyFile_closesTenStandaloneMarketsAndTwoEvents() {
        ScenarioSettings s = ScenarioFile.load(SCENARIOS.resolve("close-heavy.yaml")).settings();

        assertThat(s.closes()).isEqualTo(6);
        // 2m, 3m, 4m, 5m in millis
        assertThat(s.closeAtMillis()).containsExactly(120_000L, 180_000L, 240_000L, 300_000L);
        assertThat(s.eventCloses()).isEqualTo(2);
        assertThat(s.durationMillis()).isEqualTo(15 * 60_000L);
    }

    @Test
    void faultsFile_listsItsDrillsInTimeOrder() {
        List<ScheduledFault> drills = ScenarioFile.load(SCENARIOS.resolve("faults.yaml")).faults().faults();

        assertThat(drills).hasSize(8);
        assertThat(drills.get(0)).isEqualTo(new ScheduledFault(30_000, new FaultAction.DropSockets()));
        assertThat(drills.get(1)).isEqualTo(new ScheduledFault(60_000, new FaultAction.SilenceMarket(20_000)));
        assertThat(drills.get(2)).isEqualTo(new ScheduledFault(90_000, new FaultAction.DelayResponses(800, 20_000)));
        assertThat(drills.get(3).action()).isEqualTo(new FaultAction.LoseOrderResponses(1, LostResponse.CLOSE_CONNECTION));
        assertThat(drills.get(4)).isEqualTo(new ScheduledFault(150_000, new FaultAction.FailRequests(5, 425)));
    }

    @Test
    void valuesMapOntoTheSettings_exactlyForMoney() {
        Scenario s = parse("""
                seed: 42
                run: {duration: 90s, step: 500ms}
                markets: {standalone: 3, negRiskEvents: 1, outcomesPerEvent: 5, feeRate: 0.0125}
                takers: {perMinute: 30, informed: {share: 0.5}}
                ticks: {fineNearEdges: false}
                """);

        assertThat(s.seed()).hasValue(42);
        assertThat(s.settings().durationMillis()).isEqualTo(90_000);
        assertThat(s.settings().stepMillis()).isEqualTo(500);
        // 0.0125 × 1,000,000 = 12,500 millionths, no float rounding
        assertThat(s.settings().feeRateMicros()).isEqualTo(12_500);
        assertThat(s.settings().marketCount()).isEqualTo(3 + 5);
        assertThat(s.settings().informedShare()).isEqualTo(0.5);
        assertThat(s.settings().fineTickNearEdges()).isFalse();
        // untouched keys keep their defaults
        assertThat(s.settings().informedSkill()).isEqualTo(ScenarioSettings.DEFAULT_INFORMED_SKILL);
    }

    @Test
    void unknownKey_isRefusedWithItsPathAndTheKnownKeys() {
        assertThatThrownBy(() -> parse("takers:\n  informed:\n    shar: 0.5\n"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith("test.yaml: takers.informed.shar: unknown key")
                .hasMessageContaining("share");
        assertThatThrownBy(() -> parse("marketz: {standalone: 1}\n"))
                .hasMessageContaining("marketz: unknown key");
    }

    @Test
    void outOfRangeOrWrongType_isRefusedWithItsPath() {
        assertThatThrownBy(() -> parse("takers: {informed: {share: 1.5}}"))
                .hasMessageContaining("takers.informed.share: must be in [0.0, 1.0], was 1.5");
        assertThatThrownBy(() -> parse("markets: {standalone: two}"))
                .hasMessageContaining("markets.standalone: must be a whole number");
        assertThatThrownBy(() -> parse("makers: {lag: 60}"))
                .hasMessageContaining("makers.lag: must be a duration with a unit");
        assertThatThrownBy(() -> parse("markets: {feeRate: 0.0000001}"))
                .hasMessageContaining("markets.feeRate: has more than six decimal places");
        assertThatThrownBy(() -> parse("closes: {at: [1m, soon]}"))
                .hasMessageContaining("closes.at[1]: must be a duration");
    }

    @Test
    void settingsThatDoNotFitTogether_areRefused() {
        assertThatThrownBy(() -> parse("markets: {standalone: 2}\ncloses: {standalone: 2, at: [1m]}"))
                .hasMessageContaining("test.yaml: the settings do not fit together: cannot close 3 of 2");
    }

    @Test
    void badFaultEntries_areRefusedWithTheirIndex() {
        assertThatThrownBy(() -> parse("faults:\n  - {at: 10s, dropSockets: true, silenceMarket: 5s}"))
                .hasMessageContaining("faults[0]: needs exactly one of");
        assertThatThrownBy(() -> parse("faults:\n  - {dropSockets: true}"))
                .hasMessageContaining("faults[0]: needs 'at'");
        assertThatThrownBy(() -> parse("faults:\n  - {at: 1s, failRequests: {count: 2, status: 404}}"))
                .hasMessageContaining("faults[0].failRequests.status: must be between 425 and 599, was 404");
        assertThatThrownBy(() -> parse("faults:\n  - {at: 1s, failRequests: {count: 2, status: 450}}"))
                .hasMessageContaining("faults[0].failRequests.status: must be 425, 429 or 5xx");
        assertThatThrownBy(() -> parse("faults:\n  - {at: 1s, loseOrderResponses: {how: LATER}}"))
                .hasMessageContaining("faults[0].loseOrderResponses.how: must be CLOSE_CONNECTION or SERVER_ERROR");
        assertThatThrownBy(() -> parse("run: {duration: 1m}\nfaults:\n  - {at: 2m, dropSockets: true}"))
                .hasMessageContaining("past the end of the run");
    }

    @Test
    void duplicateKeysAndBrokenYaml_areRefused() {
        assertThatThrownBy(() -> parse("seed: 1\nseed: 2\n"))
                .isInstanceOf(ScenarioFileException.class).hasMessageContaining("Duplicate field 'seed'");
        assertThatThrownBy(() -> parse("run: [1, 2"))
                .isInstanceOf(ScenarioFileException.class).hasMessageContaining("not valid YAML");
    }

    @Test
    void emptyFile_isTheDefaults() {
        assertThat(parse("# nothing\n").settings()).isEqualTo(ScenarioSettings.defaults());
    }
}
