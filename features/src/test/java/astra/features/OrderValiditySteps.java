package astra.features;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.InvalidOrderException;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

public class OrderValiditySteps {
    private static final Instant SOME_EXPIRY = Instant.ofEpochSecond(1_767_225_600L);

    private final World world;
    private OrderIntent built;
    private InvalidOrderException refusal;

    public OrderValiditySteps(World world) {
        this.world = world;
    }

    @When("the desk builds a postOnly {side} {orderType} order at {price} for {int} shares")
    public void buildPostOnly(Side side, OrderType type, Price price, int shares) {
        build(side, type, price, shares, true,
                type == OrderType.GTD ? Optional.of(SOME_EXPIRY) : Optional.empty());
    }

    @When("the desk builds a {orderType} {side} order at {price} for {int} shares without an expiration")
    public void buildWithoutExpiration(OrderType type, Side side, Price price, int shares) {
        build(side, type, price, shares, false, Optional.empty());
    }

    @When("the desk builds a {orderType} {side} order at {price} for {int} shares expiring at {bigdecimal}")
    public void buildExpiringAt(OrderType type, Side side, Price price, int shares, BigDecimal unixSeconds) {
        long seconds = unixSeconds.longValue();
        long nanos = unixSeconds.subtract(BigDecimal.valueOf(seconds)).movePointRight(9).longValueExact();
        build(side, type, price, shares, false, Optional.of(Instant.ofEpochSecond(seconds, nanos)));
    }

    @When("the desk builds a {orderType} {side} order at {price} for {int} shares")
    public void buildPlain(OrderType type, Side side, Price price, int shares) {
        build(side, type, price, shares, false,
                type == OrderType.GTD ? Optional.of(SOME_EXPIRY) : Optional.empty());
    }

    @Then("the order is accepted")
    public void accepted() {
        assertThat(refusal).as("refusal").isNull();
        assertThat(built).isNotNull();
    }

    @Then("the order is refused because {string}")
    public void refusedBecause(String reason) {
        assertThat(built).as("order that should have been refused").isNull();
        assertThat(refusal).isNotNull();
        assertThat(refusal.getMessage()).contains(reason);
    }

    private void build(Side side, OrderType type, Price price, int shares, boolean postOnly,
            Optional<Instant> expiration) {
        try {
            built = new OrderIntent(new ClientOrderId("c-1"), new ConditionId("0xabc"), new TokenId("1"), side,
                    price, Shares.whole(shares), world.tick, type, postOnly, expiration, "spec");
        } catch (InvalidOrderException e) {
            refusal = e;
        }
    }
}
