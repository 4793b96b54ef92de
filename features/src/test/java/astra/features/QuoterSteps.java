package astra.features;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.Market;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.domain.Outcome;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.execution.GtdExpiry;
import astra.execution.firewall.CancelResult;
import astra.execution.firewall.OrderPermissions;
import astra.execution.firewall.OrderRequest;
import astra.execution.firewall.SubmitResult;
import astra.strategy.Inventory;
import astra.strategy.QuotePermissions;
import astra.strategy.quote.QuotePlan;
import astra.strategy.quote.QuoteRole;
import astra.strategy.quote.QuoterSettings;
import astra.strategy.quote.RequoteDebouncer;
import astra.strategy.quote.RequoteDecision;
import astra.strategy.quote.RestingQuote;
import astra.strategy.quote.TargetQuote;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Optional;

/** The inventory-aware quoter and its requote debounce, through the firewall to the venue double. */
public class QuoterSteps {
    private final TradingDesk trading;
    private String market;
    private Inventory held;
    private ClientOrderId restingId;
    private RequoteDecision decision;

    public QuoterSteps(TradingDesk trading) {
        this.trading = trading;
    }

    @Given("the quoter holds a net long YES inventory of {int} shares in {market}")
    public void longInventory(int shares, String name) {
        market = name;
        held = Inventory.longYes(Shares.whole(shares));
    }

    @Then("its bid and ask in {market} are both lower than with a flat inventory")
    public void lowerQuotes(String name) {
        QuotePlan flat = trading.quote(name, Inventory.FLAT, QuotePermissions.unrestricted());
        QuotePlan skewed = trading.quote(name, held, QuotePermissions.unrestricted());

        assertThat(flat.bid()).as("flat bid: %s", flat.reasons()).isPresent();
        assertThat(flat.ask()).as("flat ask: %s", flat.reasons()).isPresent();
        assertThat(skewed.bid()).as("long bid: %s", skewed.reasons()).isPresent();
        assertThat(skewed.ask()).as("long ask: %s", skewed.reasons()).isPresent();
        assertThat(skewed.bid().get().yesPrice()).isLessThan(flat.bid().get().yesPrice());
        assertThat(skewed.ask().get().yesPrice()).isLessThan(flat.ask().get().yesPrice());
    }

    @Given("a resting bid in {market} at {price}")
    public void restingBid(String name, Price price) {
        market = name;
        TargetQuote bid = targetBid(price);
        restingId = trading.nextOrderId();
        List<SubmitResult> sent = trading.gateway().submit(List.of(request(bid, restingId)));
        assertThat(sent.get(0)).as("the resting bid is accepted").isInstanceOf(SubmitResult.Sent.class);
    }

    @When("the quoter's target bid moves to {price}")
    public void targetMoves(Price price) {
        TargetQuote target = targetBid(price);
        OrderIntent rests = trading.store().find(restingId).orElseThrow().intent();
        RestingQuote resting = new RestingQuote(rests.token(), rests.side(), rests.price(),
                trading.store().find(restingId).orElseThrow().remaining());
        RequoteDebouncer debouncer = new RequoteDebouncer(trading.policy().execution().requoteDriftTicks());
        decision = debouncer.decide(Optional.of(resting), Optional.of(target));
        // As the maker loop acts on it: a replacement is a cancel of the resting order and a new post.
        if (decision.action() == RequoteDecision.Action.REPLACE) {
            CancelResult cancelled = trading.gateway().cancel(List.of(restingId), decision.reason());
            assertThat(cancelled.cancelled()).containsExactly(restingId);
            List<SubmitResult> sent = trading.gateway().submit(List.of(request(target, trading.nextOrderId())));
            assertThat(sent.get(0)).isInstanceOf(SubmitResult.Sent.class);
        }
    }

    @Then("no replacement is sent")
    public void noReplacement() {
        assertThat(decision.action()).as(decision.reason()).isEqualTo(RequoteDecision.Action.KEEP);
        RecordingVenue venue = trading.venue();
        assertThat(venue.cancelCalls).isEmpty();
        assertThat(venue.posted()).extracting(OrderIntent::clientOrderId).containsExactly(restingId);
    }

    @Then("the bid is replaced at {price}")
    public void replacedAt(Price price) {
        assertThat(decision.action()).as(decision.reason()).isEqualTo(RequoteDecision.Action.REPLACE);
        RecordingVenue venue = trading.venue();
        OrderId restingHash = trading.store().find(restingId).orElseThrow().venueId().orElseThrow();
        assertThat(venue.cancelCalls).containsExactly(List.of(restingHash));
        assertThat(venue.posted()).hasSize(2);
        OrderIntent replacement = venue.posted().get(1);
        assertThat(replacement.side()).isEqualTo(Side.BUY);
        assertThat(replacement.token()).isEqualTo(trading.market(market).yesToken());
        assertThat(replacement.price()).isEqualTo(price);
        assertThat(replacement.postOnly()).isTrue();
        assertThat(venue.openOrders()).extracting(o -> o.price()).containsExactly(price);
    }

    /** A bid on YES as the quoter emits it: a postOnly GTD buy of YES at the default base size. */
    private TargetQuote targetBid(Price price) {
        Market m = trading.market(market);
        QuoterSettings settings = QuoterSettings.defaults();
        return new TargetQuote(m.conditionId(), QuoteRole.BID, Outcome.YES, m.yesToken(), Side.BUY, price, price,
                settings.baseSize(), m.tickSize(),
                new GtdExpiry(trading.clock()).forLifetime(settings.gtdLifetime(), m.clocks()));
    }

    private OrderRequest request(TargetQuote quote, ClientOrderId id) {
        return new OrderRequest(quote.toIntent(id, "spec"), trading.market(market), OrderPermissions.ALL);
    }
}
