package astra.features;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClusterId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.execution.Fees;
import astra.report.LiquidityBreakdown;
import astra.report.TruthReport;
import astra.report.TruthReportBuilder;
import astra.report.TruthReportText;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The truth report over a day in FED-DEC (YES mid 0.465 all day, so NO's is 0.535): the maker
 * buys 100 YES at 0.45 and sells them at 0.48; the parity scanner takes 50 YES at 0.48 and 50 NO at
 * 0.50 as taker, paying the market's V2 taker fee.
 */
public class TruthReportSteps {
    private static final String MARKET = "FED-DEC";
    private static final Price YES_MID = Price.parse("0.465");
    private static final Price NO_MID = Price.parse("0.535");

    private final TradingDesk trading;
    private TruthReport report;
    private int trades;

    public TruthReportSteps(TradingDesk trading) {
        this.trading = trading;
    }

    @Given("a day with maker fills and parity taker fills")
    public void dayWithFills() {
        Market m = trading.market(MARKET);
        Instant day = trading.clock().instant().truncatedTo(ChronoUnit.DAYS);
        TruthReportBuilder builder = new TruthReportBuilder()
                .session(day, day.plus(Duration.ofDays(1)), Duration.ofHours(1))
                .bankroll(Usd.parse("1000"))
                .clusters(Map.of(m.conditionId(), new ClusterId("fed")))
                .endMarks(Map.of(m.yesToken(), YES_MID, m.noToken(), NO_MID));
        builder.fill(fill(m, m.yesToken(), Side.BUY, "0.45", 100, Liquidity.MAKER, day.plus(Duration.ofHours(10))),
                YES_MID);
        builder.fill(fill(m, m.yesToken(), Side.SELL, "0.48", 100, Liquidity.MAKER, day.plus(Duration.ofHours(11))),
                YES_MID);
        Instant parity = day.plus(Duration.ofHours(14));
        builder.fill(fill(m, m.yesToken(), Side.BUY, "0.48", 50, Liquidity.TAKER, parity), YES_MID);
        builder.fill(fill(m, m.noToken(), Side.BUY, "0.50", 50, Liquidity.TAKER, parity), NO_MID);
        report = builder.build();
    }

    @Then("the truth report shows maker and taker P&L separately")
    public void truthReportSeparates() {
        LiquidityBreakdown maker = report.maker();
        LiquidityBreakdown taker = report.taker();
        // maker: (0.465 − 0.45)·100 + (0.48 − 0.465)·100 = 1.50 + 1.50 = 3.00, no fee (V2 makers pay none)
        assertThat(maker.fills()).isEqualTo(2);
        assertThat(maker.volume()).isEqualTo(Shares.whole(200));
        assertThat(maker.fees()).isEqualTo(Usd.ZERO);
        assertThat(maker.pnl()).isEqualTo(Usd.parse("3"));
        // taker fees: YES 50·0.03·0.48·0.52 = 0.3744, NO 50·0.03·0.50·0.50 = 0.375 → 0.7494
        // taker P&L: (0.465 − 0.48)·50 − 0.3744 + (0.535 − 0.50)·50 − 0.375 = −0.75 − 0.3744 + 1.75 − 0.375 = 0.2506
        assertThat(taker.fills()).isEqualTo(2);
        assertThat(taker.volume()).isEqualTo(Shares.whole(100));
        assertThat(taker.fees()).isEqualTo(Usd.parse("0.7494"));
        assertThat(taker.edge()).isEqualTo(Usd.parse("1"));
        assertThat(taker.pnl()).isEqualTo(Usd.parse("0.2506"));
        // The two parts add up to the day: realized 48 − 45 = 3; unrealized 50 pairs worth 50 − cost 49.7494.
        assertThat(report.totalPnl()).isEqualTo(Usd.parse("3.2506"));
        assertThat(maker.pnl().plus(taker.pnl())).isEqualTo(report.totalPnl());

        String text = TruthReportText.render(report);
        assertThat(text.lines().filter(l -> l.startsWith("maker ")).toList()).singleElement().asString()
                .contains(maker.pnl().toString());
        assertThat(text.lines().filter(l -> l.startsWith("taker ")).toList()).singleElement().asString()
                .contains(taker.fees().toString(), taker.pnl().toString());
    }

    /** One fill with the fee the market's schedule charges for its liquidity. */
    private Fill fill(Market m, TokenId token, Side side, String price, long size, Liquidity liquidity, Instant at) {
        TradeId trade = new TradeId("trade-" + (++trades));
        OrderId order = new OrderId("0xorder-" + trades);
        FillKey key = liquidity == Liquidity.MAKER ? FillKey.maker(trade, order) : FillKey.taker(trade);
        Price p = Price.parse(price);
        Shares shares = Shares.whole(size);
        Usd fee = Fees.fee(m.feeSchedule(), side, p, shares, liquidity).collateral();
        return new Fill(key, order, m.conditionId(), token, side, p, shares, liquidity, fee, TradeStatus.MATCHED, at);
    }
}
