package astra.rules;

import static astra.rules.RulesTestSupport.CLOCK;
import static astra.rules.RulesTestSupport.copyOfShippedRules;
import static astra.rules.RulesTestSupport.edit;
import static astra.rules.RulesTestSupport.eventually;
import static astra.rules.RulesTestSupport.feed;
import static astra.rules.RulesTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesDirectoryWatcherTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    /** Decision cycles run on their own thread until stopped, as the decision thread would. */
    private static final class CycleLoop {
        final List<CycleResult> results = new CopyOnWriteArrayList<>();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;
        private int started;

        CycleLoop(LiveRules live, List<?> facts) {
            thread = new Thread(() -> {
                try (DecisionCycle cycle = new DecisionCycle(live::current)) {
                    while (running.get()) {
                        started++;
                        results.add(cycle.run(facts));
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "decision-loop");
            thread.start();
        }

        /** Stops after the cycle in progress and returns how many cycles were started. */
        int stop() throws InterruptedException {
            running.set(false);
            thread.join(TIMEOUT.toMillis());
            assertThat(thread.isAlive()).as("decision loop stopped").isFalse();
            return started;
        }
    }

    @Test
    void policyEditWhileCyclesRun_newVersionDecidesFromSomeCycleOn_noCycleMixedOrLost() throws Exception {
        Path dir = copyOfShippedRules(temp);
        LiveRules live = LiveRules.load(new RuleSetCompiler(CLOCK), CLOCK, dir);
        String oldVersion = live.current().version().id();
        // Feeds 7 s, 6 s and 4 s old: stale limit 5 s halts two markets, an edited 3 s halts all three.
        List<MarketFeedAge> facts = List.of(feed("0xa", 7), feed("0xb", 6), feed("0xc", 4));

        List<CycleResult> results;
        int started;
        RulesDirectoryWatcher watcher = RulesDirectoryWatcher.start(dir, live);
        CycleLoop loop = new CycleLoop(live, facts);
        try {
            eventually(TIMEOUT, () -> loop.results.size() >= 5, "cycles run on the old rules");

            edit(dir.resolve("policy.yaml"), "market-feed-stale-seconds: 5", "market-feed-stale-seconds: 3");
            String newVersion = RuleSources.read(dir).versionId();

            eventually(TIMEOUT, () -> live.current().version().id().equals(newVersion), "the watcher reloads");
            int cyclesAtSwap = loop.results.size();
            eventually(TIMEOUT, () -> loop.results.size() >= cyclesAtSwap + 5, "cycles run on the new rules");
        } finally {
            started = loop.stop();
            watcher.close();
        }
        results = new ArrayList<>(loop.results);
        assertThat(loop.failure.get()).isNull();

        String newVersion = live.current().version().id();
        assertThat(newVersion).isNotEqualTo(oldVersion);
        assertThat(results).as("no cycle lost").hasSize(started);
        int firstNew = -1;
        for (int i = 0; i < results.size(); i++) {
            CycleResult cycle = results.get(i);
            String version = cycle.version().id();
            assertThat(cycle.decisions()).as("cycle %d mixes no versions", i)
                    .allSatisfy(d -> assertThat(d.rulesVersion()).isEqualTo(version));
            if (version.equals(newVersion)) {
                firstNew = firstNew < 0 ? i : firstNew;
                assertThat(cycle.decisions()).as("cycle %d decides with the 3 s limit", i).hasSize(3);
            } else {
                assertThat(version).isEqualTo(oldVersion);
                assertThat(firstNew).as("cycle %d went back to the old version", i).isNegative();
                assertThat(cycle.decisions()).as("cycle %d decides with the 5 s limit", i).hasSize(2);
            }
        }
        assertThat(firstNew).isPositive();
        assertThat(live.loadsOk()).isEqualTo(2);
    }

    @Test
    void brokenFileDroppedIntoTheDirectory_isRefusedAndDecisionsGoOn() throws Exception {
        Path dir = copyOfShippedRules(temp);
        LiveRules live = LiveRules.load(new RuleSetCompiler(CLOCK), CLOCK, dir);
        String version = live.current().version().id();

        RulesDirectoryWatcher watcher = RulesDirectoryWatcher.start(dir, live);
        CycleLoop loop = new CycleLoop(live, List.of(feed("0xa", 60)));
        try {
            write(dir, "astra/rules/new-folder/oops.drl", "package astra.rules.new_folder;\nrule \"Oops\" when then");

            eventually(TIMEOUT, () -> live.loadsRefused() >= 1, "the broken set is refused");
            int cyclesAtRefusal = loop.results.size();
            eventually(TIMEOUT, () -> loop.results.size() >= cyclesAtRefusal + 3, "cycles go on");
        } finally {
            loop.stop();
            watcher.close();
        }
        assertThat(loop.failure.get()).isNull();
        assertThat(loop.results).allSatisfy(r -> assertThat(r.version().id()).isEqualTo(version));
        assertThat(live.history()).last().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(LoadAttempt.Outcome.REFUSED);
            assertThat(a.messages()).anySatisfy(m -> assertThat(m.file()).isEqualTo("astra/rules/new-folder/oops.drl"));
        });
    }
}
