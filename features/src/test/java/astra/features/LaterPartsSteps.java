package astra.features;

import astra.domain.Price;
import io.cucumber.java.PendingException;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Steps for parts built after the rules (the quoter, the executor's budget and batching, the
 * truth report, the parity scanner). Each throws {@link PendingException} naming what it waits
 * for, so the scenarios stay visible as pending until their part exists and wires them in.
 */
public class LaterPartsSteps {
    private static PendingException waitingFor(String part) {
        return new PendingException("waits for " + part);
    }

    @Given("the quoter holds a net long YES inventory of {int} shares in {market}")
    public void longInventory(int shares, String market) {
        throw waitingFor("the quoter (reservation price from inventory)");
    }

    @Then("its bid and ask in {market} are both lower than with a flat inventory")
    public void lowerQuotes(String market) {
        throw waitingFor("the quoter (reservation price from inventory)");
    }

    @Given("a resting bid in {market} at {price}")
    public void restingBid(String market, Price price) {
        throw waitingFor("the quoter's requote debounce");
    }

    @When("the quoter's target bid moves to {price}")
    public void targetMoves(Price price) {
        throw waitingFor("the quoter's requote debounce");
    }

    @Then("no replacement is sent")
    public void noReplacement() {
        throw waitingFor("the quoter's requote debounce");
    }

    @Then("the bid is replaced at {price}")
    public void replacedAt(Price price) {
        throw waitingFor("the quoter's requote debounce");
    }

    @When("the executor has {int} new orders to post")
    public void ordersToPost(int orders) {
        throw waitingFor("the executor's batching");
    }

    @Then("it sends them in batches of at most {int}")
    public void batchesOfAtMost(int size) {
        throw waitingFor("the executor's batching");
    }

    @Given("the executor sent {int} mutations in the last {int} seconds")
    public void mutationsSent(int mutations, int seconds) {
        throw waitingFor("the executor's mutation budget");
    }

    @Then("a further mutation waits until the oldest of them is a minute old")
    public void furtherMutationWaits() {
        throw waitingFor("the executor's mutation budget");
    }

    @Given("a day with maker fills and parity taker fills")
    public void dayWithFills() {
        throw waitingFor("the truth report");
    }

    @Then("the truth report shows maker and taker P&L separately")
    public void truthReportSeparates() {
        throw waitingFor("the truth report");
    }

    @Given("the YES ask plus the NO ask plus fees of {market} is below 1")
    public void parityOpportunity(String market) {
        throw waitingFor("the parity scanner");
    }

    @When("the parity scanner's YES leg fills and its NO leg does not")
    public void legRisk() {
        throw waitingFor("the parity scanner");
    }

    @Then("the open YES leg is reported as directional inventory and worked off as a maker")
    public void legReported() {
        throw waitingFor("the parity scanner");
    }
}
