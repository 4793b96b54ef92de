package astra.features;

import static org.assertj.core.api.Assertions.assertThat;

import astra.facts.EvidenceTier;
import astra.facts.InventoryFacts;
import astra.facts.MarkoutFacts;
import astra.facts.ParityCandidate;
import astra.facts.ResolutionRisk;
import astra.facts.SatelliteSignal;
import astra.rules.AccountHealth;
import astra.rules.Decision;
import astra.rules.MarketDecision;
import astra.rules.MarketState;
import astra.rules.QuoteabilityScorer;
import astra.rules.TradingAction;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The desk's sentences about markets, positions and signals, decided by the shipped rules. */
public class RulesSteps {
    private final World world;
    private final Desk desk;

    public RulesSteps(World world, Desk desk) {
        this.world = world;
        this.desk = desk;
    }

    // ---- markets and their clocks ---------------------------------------------------------------

    @Given("market {market} closes in {duration}")
    public void closesIn(String market, Duration left) {
        desk.market(market).timeToClose = left;
    }

    @Given("market {market} closes at its close time")
    public void closesNow(String market) {
        desk.market(market).timeToClose = Duration.ZERO;
    }

    @Given("the resolution of {market} is expected to be proposed in {duration}")
    public void proposalIn(String market, Duration in) {
        Desk.MarketSpec spec = desk.market(market);
        spec.proposalIn = in;
        spec.challengeIn = in.plusHours(2);
    }

    @Given("the challenge window of {market}'s resolution has opened")
    public void challengeOpen(String market) {
        Desk.MarketSpec spec = desk.market(market);
        spec.proposalIn = Duration.ZERO;
        spec.challengeIn = Duration.ZERO;
    }

    @Given("the markets:")
    public void theMarkets(List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            Desk.MarketSpec spec = desk.market(row.get("market"));
            spec.event = optional(row.get("event"));
            spec.negRiskEvent = optional(row.get("negRisk event"));
            if (row.containsKey("closes in")) {
                spec.timeToClose = new Vocabulary().duration(row.get("closes in").split(" ")[0],
                        row.get("closes in").split(" ")[1]);
            }
        }
    }

    private static Optional<String> optional(String cell) {
        return cell == null || cell.isBlank() ? Optional.empty() : Optional.of(cell.strip());
    }

    @Given("the market data of {market} is {int} seconds old")
    public void dataAge(String market, int seconds) {
        desk.market(market).dataAge = Duration.ofSeconds(seconds);
    }

    @Given("the market channel of {market} is disconnected")
    public void disconnected(String market) {
        desk.market(market).connected = false;
    }

    // ---- positions, caps and bankroll --------------------------------------------------------

    @Given("the bankroll is {bigdecimal} pUSD")
    public void bankroll(BigDecimal pusd) {
        desk.bankrollMicros = Desk.micros(pusd);
    }

    /** Columns: market, at mark (pUSD the position is worth on its side), reserved (pUSD of open orders). */
    @Given("the positions:")
    public void positions(List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            desk.market(row.get("market"));
            desk.positions.add(new InventoryFacts(row.get("market"), 0, Desk.micros(new BigDecimal(row.get("at mark"))),
                    Desk.micros(new BigDecimal(row.get("reserved")))));
        }
    }

    @Given("the satellite book holds {bigdecimal} pUSD")
    public void satelliteBook(BigDecimal pusd) {
        desk.satelliteExposureMicros = Desk.micros(pusd);
    }

    // ---- quality of the market ---------------------------------------------------------------

    @Given("{market} has {int} maker fills with a mean 2-minute markout of {bigdecimal} bps and a t-stat of {bigdecimal}")
    public void markouts(String market, int fills, BigDecimal meanBps, BigDecimal tStat) {
        desk.market(market);
        desk.markouts.add(new MarkoutFacts(market, fills, meanBps, tStat));
    }

    @Given("the resolution risk of {market} is {bigdecimal} because {string}")
    public void resolutionRisk(String market, BigDecimal score, String why) {
        desk.market(market);
        desk.risks.add(new ResolutionRisk(market, score, why));
    }

    @Given("the YES book of {market} is {int} ms old and its NO book {int} ms old")
    public void parityBooks(String market, int yesAge, int noAge) {
        desk.market(market);
        long now = world.clock.millis();
        desk.parity.add(new ParityCandidate(market, desk.market(market).negRiskEvent.isPresent(), now - yesAge,
                now - noAge, now));
    }

    @Given("a tier {word} signal says {market} is worth {bigdecimal} with an edge after fees of {bigdecimal}")
    public void signal(String tier, String market, BigDecimal probability, BigDecimal edge) {
        desk.market(market);
        desk.signals.add(new SatelliteSignal(market, probability, EvidenceTier.valueOf(tier), "spec",
                world.clock.millis(), edge));
    }

    // ---- account health ------------------------------------------------------------------------

    @Given("the user channel has been silent for {int} seconds")
    public void userChannelSilent(int seconds) {
        desk.account = new AccountHealth(Duration.ofSeconds(seconds), desk.account.consecutiveHeartbeatFailures(),
                desk.account.recentErrorRate());
    }

    @Given("{int} heartbeats in a row have failed")
    public void heartbeatsFailed(int failures) {
        desk.account = new AccountHealth(desk.account.userChannelSilence(), failures, desk.account.recentErrorRate());
    }

    @Given("{bigdecimal} of recent venue requests failed")
    public void errorRate(BigDecimal rate) {
        desk.account = new AccountHealth(desk.account.userChannelSilence(), desk.account.consecutiveHeartbeatFailures(),
                rate);
    }

    // ---- deciding and reading decisions -------------------------------------------------------

    @When("the rules decide")
    public void theRulesDecide() {
        desk.decide();
    }

    private MarketDecision of(String market) {
        return desk.decisions().of(market);
    }

    @Then("{market} is {state}")
    public void marketIs(String market, MarketState state) {
        assertThat(of(market).state()).as("state of %s", market).isEqualTo(state);
    }

    @Then("the desk may {string} in {market}")
    public void allowedActions(String actions, String market) {
        Set<TradingAction> expected = actions.equals("nothing") ? EnumSet.noneOf(TradingAction.class)
                : EnumSet.copyOf(Arrays.stream(actions.split(",\\s*")).map(TradingAction::valueOf).toList());
        assertThat(of(market).allowedActions()).as("allowed in %s", market).isEqualTo(expected);
    }

    @Then("caps in {market} are multiplied by {bigdecimal}")
    public void capMultiplier(String market, BigDecimal multiplier) {
        assertThat(of(market).capMultiplier()).isEqualByComparingTo(multiplier);
    }

    @Then("{market} may quote both sides")
    public void mayQuote(String market) {
        assertThat(of(market).mayQuoteBothSides()).as("%s may quote; decisions %s", market, of(market).because())
                .isTrue();
    }

    @Then("{market} may not quote, because of {word}")
    public void vetoed(String market, String reason) {
        assertThat(of(market).mayQuoteBothSides()).as("%s may quote", market).isFalse();
        assertThat(of(market).vetoes()).extracting(Decision::reasonCode).contains(reason);
    }

    @Then("{market} may only reduce, because of {word}")
    public void reduceOnly(String market, String reason) {
        assertThat(of(market).reduceOnly()).as("%s reduce-only", market).isTrue();
        assertThat(of(market).mayQuoteBothSides()).isFalse();
        assertThat(of(market).reasonCodes()).contains(reason);
    }

    @Then("{market} is not limited by a cap")
    public void notCapped(String market) {
        assertThat(of(market).reduceOnly()).as("%s reduce-only; decisions %s", market, of(market).because()).isFalse();
    }

    @Then("{market} and {market} are in the same cluster")
    public void sameCluster(String a, String b) {
        assertThat(desk.clusterOf(a)).isEqualTo(desk.clusterOf(b));
    }

    @Then("{market} and {market} are in different clusters")
    public void differentClusters(String a, String b) {
        assertThat(desk.clusterOf(a)).isNotEqualTo(desk.clusterOf(b));
    }

    @Then("the cluster of {market} is {string} every time it is asked")
    public void stableCluster(String market, String cluster) {
        for (int i = 0; i < 3; i++) {
            assertThat(desk.clusterOf(market)).isEqualTo(cluster);
        }
    }

    @Then("the quoteability score of {market} is at least {bigdecimal}")
    public void scoreAtLeast(String market, BigDecimal minimum) {
        BigDecimal score = new QuoteabilityScorer().score(desk.factsOf(desk.market(market))).score();
        assertThat(score).isGreaterThanOrEqualTo(minimum);
    }

    @Then("parity may run in {market}")
    public void parityAllowed(String market) {
        assertThat(of(market).parityAllowed()).as("parity in %s; decisions %s", market, of(market).because()).isTrue();
    }

    @Then("parity may not run in {market}, because of {word}")
    public void parityDenied(String market, String reason) {
        assertThat(of(market).parityAllowed()).isFalse();
        assertThat(of(market).reasonCodes()).contains(reason);
    }

    @Then("the satellite may trade {market}")
    public void satelliteAllowed(String market) {
        assertThat(of(market).satelliteAllowed()).as("satellite in %s; decisions %s", market, of(market).because())
                .isTrue();
    }

    @Then("the satellite may not trade {market}, because of {word}")
    public void satelliteDenied(String market, String reason) {
        assertThat(of(market).satelliteAllowed()).isFalse();
        assertThat(of(market).reasonCodes()).contains(reason);
    }

    @Then("every market is HALTED, because of {word}")
    public void everyMarketHalted(String reason) {
        assertThat(desk.decisions().markets().values()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.state()).isEqualTo(MarketState.HALTED);
            assertThat(d.allowedActions()).containsExactly(TradingAction.CANCEL);
        });
        assertThat(desk.decisions().accountDecisions()).extracting(Decision::reasonCode).contains(reason);
    }

    @Then("every resting order is cancelled now")
    public void cancelAll() {
        assertThat(desk.decisions().cancelAll()).isTrue();
    }

    @Then("no resting order is cancelled by the account's breakers")
    public void noCancelAll() {
        assertThat(desk.decisions().cancelAll()).isFalse();
        assertThat(desk.decisions().accountDecisions()).isEmpty();
    }

    @Then("the audit names rule {string} and the rules version for {market}")
    public void auditNames(String rule, String market) {
        assertThat(of(market).because()).anySatisfy(d -> {
            assertThat(d.ruleName()).isEqualTo(rule);
            assertThat(d.rulesVersion()).isEqualTo(desk.decisions().rulesVersion());
        });
    }
}
