package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import astra.rules.LiveRules;
import astra.rules.LoadAttempt;
import astra.rules.RuleSetCompiler;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The reload bench's integrity check on the shipped rules: events decided while the stale limit is
 * reloaded twice come back, each naming its cycle's version and quoting that version's limit.
 */
class ReloadTrafficTest {

    @Test
    void eventsDecidedAcrossReloads_areNoneLostAndNoneOnMixedVersions() throws Exception {
        Path rules = ReloadBench.copyRules(Path.of(System.getProperty("astra.rules.dir", "../rules")));
        ReloadTraffic.Tally tally;
        try {
            Clock clock = Clock.systemUTC();
            LiveRules live = LiveRules.load(new RuleSetCompiler(clock), clock, rules);
            long stale = ReloadBench.staleSeconds(rules);
            try (ReloadTraffic traffic = ReloadTraffic.start(live)) {
                for (int i = 0; i < 2; i++) {
                    Thread.sleep(100);
                    ReloadBench.setStaleSeconds(rules, ++stale);
                    assertThat(live.tryReload(rules).outcome()).isEqualTo(LoadAttempt.Outcome.LOADED);
                    traffic.expect(live.current());
                }
                Thread.sleep(100);
                tally = traffic.stop();
            }
        } finally {
            ReloadBench.deleteTree(rules);
        }

        assertThat(tally.eventsSent()).isPositive();
        assertThat(tally.eventsLost()).isZero();
        assertThat(tally.mixedVersionDecisions()).isZero();
        assertThat(tally.everyVersionDecided()).isTrue();
        assertThat(tally.versionsDecidedUnder()).isEqualTo(3);
    }
}
