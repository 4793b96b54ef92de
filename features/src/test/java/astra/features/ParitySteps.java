package astra.features;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.OrderId;
import astra.domain.OrderType;
import astra.domain.Outcome;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.execution.Fees;
import astra.strategy.Inventory;
import astra.strategy.QuotePermissions;
import astra.strategy.parity.LegRisk;
import astra.strategy.parity.ParityKind;
import astra.strategy.parity.ParityLeg;
import astra.strategy.parity.ParityOpportunity;
import astra.strategy.parity.ParityScan;
import astra.strategy.parity.ParityScanner;
import astra.strategy.quote.QuotePlan;
import astra.strategy.quote.TargetQuote;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;

/** The parity scanner on both real books, and what its legs leave when only one fills. */
public class ParitySteps {
    private final TradingDesk trading;
    private String market;
    private ParityOpportunity trade;
    private LegRisk legRisk;

    public ParitySteps(TradingDesk trading) {
        this.trading = trading;
    }

    /**
     * The YES book stays 0.45 / 0.48 (400 a side); a NO seller at 0.50 (bid 0.47) opens buy-both.
     * 400 pairs: YES 400·0.48 = 192 + fee 400·0.03·0.48·0.52 = 2.9952; NO 400·0.50 = 200 + fee
     * 400·0.03·0.50·0.50 = 3; edge 400 − 194.9952 − 203 = 2.0048.
     */
    @Given("the YES ask plus the NO ask plus fees of {market} is below 1")
    public void parityOpportunity(String name) {
        market = name;
        trading.setNoBook(name, Price.parse("0.47"), Price.parse("0.50"));
        ParityScanner scanner = new ParityScanner(trading.clock(), trading.policy().parity().bookFresh());
        ParityScan scan = scanner.scan(trading.market(name), trading.yesBook(name), trading.noBook(name),
                Inventory.FLAT);

        assertThat(scan.refusal()).isEmpty();
        assertThat(scan.opportunities()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(ParityKind.BUY_BOTH);
            assertThat(o.size()).isEqualTo(Shares.whole(400));
            assertThat(o.edgeTotal()).isEqualTo(Usd.parse("2.0048"));
            assertThat(o.liquidity()).isEqualTo(Liquidity.TAKER);
        });
        trade = scan.opportunities().get(0);
    }

    /** The YES leg takes the whole YES ask as taker; the NO leg (fill-and-kill) finds nothing and dies. */
    @When("the parity scanner's YES leg fills and its NO leg does not")
    public void legRisk() {
        Market m = trading.market(market);
        ParityLeg yes = trade.legs().stream().filter(l -> l.outcome() == Outcome.YES).findFirst().orElseThrow();
        Fill yesFill = new Fill(FillKey.taker(new TradeId("parity-yes")), new OrderId("0xparity-yes"),
                m.conditionId(), yes.token(), yes.side(), yes.price(), yes.size(), Liquidity.TAKER,
                Fees.fee(m.feeSchedule(), yes.side(), yes.price(), yes.size(), Liquidity.TAKER).collateral(),
                TradeStatus.MATCHED, trading.clock().instant());
        legRisk = LegRisk.afterFills(trade, List.of(yesFill));
    }

    @Then("the open YES leg is reported as directional inventory and worked off as a maker")
    public void legReported() {
        assertThat(legRisk.pairs()).isEqualTo(Shares.ZERO);
        assertThat(legRisk.openLeg()).get().extracting(ParityLeg::outcome, ParityLeg::size)
                .containsExactly(Outcome.YES, Shares.whole(400));
        Inventory directional = legRisk.directionalInventory();
        assertThat(directional.netYes()).isEqualByComparingTo("400");
        assertThat(legRisk.describe()).contains("YES leg open by 400", "directional inventory", "as a maker");

        QuotePermissions rules = QuotePermissions.unrestricted();
        QuotePlan workOff = trading.quote(market, directional, legRisk.workOff(rules));
        assertThat(workOff.bid()).as("a bid would add to the open leg: %s", workOff.reasons()).isEmpty();
        assertThat(workOff.ask()).as("the ask works the leg off: %s", workOff.reasons()).isPresent();
        TargetQuote ask = workOff.ask().get();
        assertThat(ask.outcome()).isEqualTo(Outcome.YES);
        assertThat(ask.side()).isEqualTo(Side.SELL);
        assertThat(ask.size()).isLessThanOrEqualTo(Shares.whole(400));
        assertThat(ask.postOnly()).isTrue();
        assertThat(ask.type()).isEqualTo(OrderType.GTD);
        // A maker, not a taker: above every price it could match at, YES bids directly and NO asks by merging.
        Book yesBook = trading.yesBook(market);
        Book noBook = trading.noBook(market);
        assertThat(ask.yesPrice()).isGreaterThan(yesBook.bestBid().map(BookLevel::price).orElseThrow());
        assertThat(ask.yesPrice()).isGreaterThan(noBook.bestAsk().map(BookLevel::price).orElseThrow().complement());

        // Under the rules' permissions alone the same inventory would also be bid: the work-off is what stops it.
        assertThat(trading.quote(market, directional, rules).bid()).isPresent();
    }
}
