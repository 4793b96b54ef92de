package astra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import astra.backtest.BacktestRun;
import astra.backtest.BacktestWorld;
import astra.backtest.StepView;
import astra.domain.Fill;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.OrderType;
import astra.execution.firewall.OrderRequest;
import astra.facts.FactStore;
import astra.rules.LiveRules;
import astra.rules.RuleSetCompiler;
import astra.runtime.ExecutorCommand;
import astra.runtime.PaperSession;
import astra.runtime.RuntimeSettings;
import astra.simulator.scenario.Scenario;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's outside inputs reach the rules and the executor: a risk officer's resolution-risk
 * file vetoes quoting in the market it scores high, and a satellite signal file trades an allowed
 * high-conviction signal once as a taker while a signal of a tier the policy does not allow trades
 * nothing.
 */
class ExternalInputsIT {
    private static final Path RULES = Path.of(System.getProperty("astra.rules.dir", "../rules"));

    @TempDir
    Path temp;

    @Test
    @Timeout(300)
    void resolutionRiskVetoesItsMarket_andAnAllowedSatelliteSignalTradesOnceAsTaker() throws Exception {
        try (BacktestWorld world = BacktestWorld.start(Scenario.defaults(), Optional.of(42L), 6)) {
            List<Market> markets = world.universe().all().stream()
                    .sorted(java.util.Comparator.comparing(m -> m.conditionId().value())).toList();
            Market risky = markets.get(0);
            Market satellite = markets.get(1);
            Market weakSignal = markets.get(2);
            Path risks = Files.writeString(temp.resolve("risks.jsonl"), "{\"market\": \"" + risky.conditionId().value()
                    + "\", \"score\": 0.8, \"why\": \"the question can be read two ways\"}\n");
            // Signals far from any book price (0.99 YES), so the edge after fees clears the policy's 0.15.
            String time = world.clock().instant().toString();
            Path signals = Files.writeString(temp.resolve("signals.jsonl"),
                    signal(satellite, "A", time) + "\n" + signal(weakSignal, "C", time) + "\n");
            Properties overrides = new Properties();
            overrides.setProperty("astra.resolution-risk.file", risks.toString());
            overrides.setProperty("astra.satellite.signals-file", signals.toString());
            RuntimeSettings settings = RuntimeSettings.load(overrides);
            List<StepView> views = new ArrayList<>();
            try (FactStore facts = FactStore.start(PaperSession.factStoreConfig(settings));
                    JdbcOrderStore store = JdbcOrderStore.open(StoreConfig.h2File(temp.resolve("db")), world.clock())) {
                LiveRules rules = LiveRules.load(new RuleSetCompiler(world.clock()), world.clock(), RULES);
                BacktestRun run = new BacktestRun(world, store, facts, rules, RULES, settings, "ext", views::add);
                run.start();
                for (int i = 0; i < 240; i++) {
                    run.step();
                }
                run.stop("test over");

                List<OrderRequest> sent = new ArrayList<>();
                views.forEach(v -> v.cycle().ifPresent(c -> c.commands().stream()
                        .filter(ExecutorCommand.Submit.class::isInstance)
                        .forEach(cmd -> sent.addAll(((ExecutorCommand.Submit) cmd).requests()))));

                // Resolution risk: vetoed by its rule every cycle, never quoted; the others are quoted.
                assertThat(views.stream().flatMap(v -> v.cycle().stream()).filter(c -> c.active().isPresent()))
                        .isNotEmpty()
                        .allSatisfy(c -> assertThat(c.decisions().of(risky.conditionId()).vetoes())
                                .anySatisfy(d -> assertThat(d.reasonCode()).isEqualTo("RESOLUTION_RISK_HIGH")));
                assertThat(sent).noneMatch(r -> r.intent().market().equals(risky.conditionId()));
                assertThat(sent).anyMatch(r -> !r.intent().market().equals(risky.conditionId()));

                // Satellite: exactly one taker FAK BUY, in the tier-A signal's market; none for tier C.
                List<OrderRequest> satelliteOrders = sent.stream()
                        .filter(r -> r.intent().clientOrderId().value().contains("-sat-")).toList();
                assertThat(satelliteOrders).singleElement().satisfies(r -> {
                    assertThat(r.intent().market()).isEqualTo(satellite.conditionId());
                    assertThat(r.intent().type()).isEqualTo(OrderType.FAK);
                    assertThat(r.intent().postOnly()).isFalse();
                    assertThat(r.intent().token()).isEqualTo(satellite.yesToken());
                });
                List<Fill> takerFills = store.fills().stream().filter(f -> f.liquidity() == Liquidity.TAKER).toList();
                assertThat(takerFills).isNotEmpty()
                        .allSatisfy(f -> assertThat(f.market()).isEqualTo(satellite.conditionId()));
                assertThat(run.core().metrics().registry().find("astra_satellite_total").tag("event", "rejected")
                        .counter().count()).isEqualTo(1.0);
            }
        }
    }

    private static String signal(Market m, String tier, String time) {
        return "{\"market\": \"" + m.conditionId().value() + "\", \"probability\": 0.99, \"tier\": \"" + tier
                + "\", \"source\": \"test desk " + tier + "\", \"time\": \"" + time + "\"}";
    }
}
