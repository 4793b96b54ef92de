package astra.features;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.Market;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.execution.firewall.CancelResult;
import astra.execution.firewall.OrderPermissions;
import astra.execution.firewall.OrderRequest;
import astra.execution.firewall.Refusal;
import astra.execution.firewall.RefusalCode;
import astra.execution.firewall.SubmitResult;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The executor firewall's batching and mutation budget, seen from the venue double. Orders are
 * postOnly GTC buys of 5 YES at 0.40 in the desk's FED-DEC: valid, affordable and otherwise
 * unremarkable, so only the behaviour under test can refuse them.
 */
public class FirewallSteps {
    private static final String MARKET = "FED-DEC";

    private final TradingDesk trading;
    private List<SubmitResult> posted = List.of();
    private Instant oldestMutation;

    public FirewallSteps(TradingDesk trading) {
        this.trading = trading;
    }

    @When("the executor has {int} new orders to post")
    public void ordersToPost(int orders) {
        posted = trading.gateway().submit(IntStream.range(0, orders).mapToObj(i -> order()).toList());
    }

    @Then("it sends them in batches of at most {int}")
    public void batchesOfAtMost(int size) {
        assertThat(posted).allSatisfy(r -> assertThat(r).isInstanceOf(SubmitResult.Sent.class));
        List<Integer> sizes = trading.venue().batches.stream().map(List::size).toList();
        assertThat(sizes).allSatisfy(n -> assertThat(n).isBetween(1, size));
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(posted.size());
        // As few batches as the limit allows, e.g. 40 orders = 15 + 15 + 10, not 40 single posts.
        assertThat(sizes).hasSize((posted.size() + size - 1) / size);
    }

    /**
     * Spreads the mutations evenly from the first (now) to the last ({@code seconds} later),
     * alternating a post and the cancel of that post, so both kinds are counted.
     */
    @Given("the executor sent {int} mutations in the last {int} seconds")
    public void mutationsSent(int mutations, int seconds) {
        oldestMutation = trading.clock().instant();
        long stepMillis = mutations > 1 ? seconds * 1000L / (mutations - 1) : 0;
        ClientOrderId last = null;
        for (int i = 0; i < mutations; i++) {
            trading.clock().set(oldestMutation.plusMillis(i * stepMillis));
            if (last == null) {
                OrderRequest post = order();
                assertThat(trading.gateway().submit(List.of(post)).get(0)).as("post %d", i)
                        .isInstanceOf(SubmitResult.Sent.class);
                last = post.intent().clientOrderId();
            } else {
                CancelResult cancel = trading.gateway().cancel(List.of(last), "spec");
                assertThat(cancel.cancelled()).as("cancel %d", i).containsExactly(last);
                last = null;
            }
        }
        trading.clock().set(oldestMutation.plusSeconds(seconds));
    }

    @Then("a further mutation is refused with BUDGET_EXHAUSTED until the oldest of them is a minute old")
    public void refusedUntilTheOldestRollsOut() {
        assertThat(postOne()).as("at once").contains(RefusalCode.BUDGET_EXHAUSTED);
        trading.clock().set(oldestMutation.plus(Duration.ofMinutes(1)).minusMillis(1));
        assertThat(postOne()).as("a millisecond before the oldest is a minute old")
                .contains(RefusalCode.BUDGET_EXHAUSTED);
        trading.clock().set(oldestMutation.plus(Duration.ofMinutes(1)));
    }

    @Then("at that moment exactly one more mutation is allowed")
    public void exactlyOneMore() {
        assertThat(postOne()).as("the oldest has rolled out").isEmpty();
        assertThat(postOne()).as("only the oldest has rolled out").contains(RefusalCode.BUDGET_EXHAUSTED);
    }

    /** Posts one order; the refusal code when the firewall refused it. */
    private Optional<RefusalCode> postOne() {
        SubmitResult result = trading.gateway().submit(List.of(order())).get(0);
        return result instanceof Refusal r ? Optional.of(r.code()) : Optional.empty();
    }

    private OrderRequest order() {
        Market m = trading.market(MARKET);
        OrderIntent intent = new OrderIntent(trading.nextOrderId(), m.conditionId(), m.yesToken(), Side.BUY,
                Price.parse("0.40"), Shares.whole(5), m.tickSize(), OrderType.GTC, true, Optional.empty(), "spec");
        return new OrderRequest(intent, m, OrderPermissions.ALL);
    }
}
