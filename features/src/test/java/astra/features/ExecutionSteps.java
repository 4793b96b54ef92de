package astra.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.FeeSchedule;
import astra.domain.InvalidOrderException;
import astra.domain.Liquidity;
import astra.domain.MarketClocks;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.execution.Fees;
import astra.execution.GtdExpiration;
import astra.execution.GtdExpiry;
import astra.execution.TickRounding;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public class ExecutionSteps {
    private final World world;
    private Price rounded;
    private Optional<MarketClocks> market = Optional.empty();
    private Duration wantedLifetime;
    private FeeSchedule schedule;
    private BigDecimal feePaid;

    public ExecutionSteps(World world) {
        this.world = world;
    }

    @Given("a market with tick {tick}")
    public void aMarketWithTick(TickSize tick) {
        world.tick = tick;
    }

    @When("the quoter asks to {side} at a raw price of {bigdecimal}")
    public void quoterAsks(Side side, BigDecimal raw) {
        rounded = TickRounding.forSide(side, raw, world.tick);
    }

    @Then("the order price is {price}")
    public void orderPriceIs(Price expected) {
        assertThat(rounded).isEqualTo(expected);
    }

    @Given("the time is {instant}")
    public void theTimeIs(Instant now) {
        world.setTime(now);
    }

    @Given("the market closes at {instant}")
    public void marketClosesAt(Instant close) {
        market = Optional.of(MarketClocks.closingAt(close));
    }

    @When("the quoter wants a GTD order to live {int} seconds")
    public void wantsGtd(int seconds) {
        wantedLifetime = Duration.ofSeconds(seconds);
    }

    private GtdExpiration expiration() {
        GtdExpiry expiry = new GtdExpiry(world.clock);
        return market.isPresent() ? expiry.forLifetime(wantedLifetime, market.get())
                : expiry.forLifetime(wantedLifetime);
    }

    @Then("its expiration is {instant} in unix seconds")
    public void expirationIs(Instant expected) {
        assertThat(expiration().unixSeconds()).isEqualTo(expected.getEpochSecond());
    }

    @Then("the expiration was cut short by the market's close")
    public void cutShort() {
        assertThat(expiration().cappedAtMarketClose()).isTrue();
    }

    @Then("no expiration fits and the order is refused")
    public void noExpirationFits() {
        assertThatThrownBy(this::expiration).isInstanceOf(InvalidOrderException.class)
                .hasMessageContaining("no GTD expiration fits");
    }

    @Given("the market's fee schedule has rate {bigdecimal} and exponent {int}")
    public void feeSchedule(BigDecimal rate, int exponent) {
        schedule = new FeeSchedule.Curve(rate, exponent, BigDecimal.ZERO, true);
    }

    @When("we trade {int} shares at {price} as {word}")
    public void weTrade(int shares, Price price, String liquidity) {
        feePaid = Fees.fee(schedule, Side.BUY, price, Shares.whole(shares), Liquidity.valueOf(liquidity))
                .collateral().toBigDecimal();
    }

    @Then("we pay {bigdecimal} pUSD in fees")
    public void wePay(BigDecimal expected) {
        assertThat(feePaid).isEqualByComparingTo(expected);
    }
}
