package astra.polymarket.ws;

import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.Side;
import astra.domain.Usd;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a user channel trade into OUR fills: one TAKER fill if the taker order is ours, one
 * MAKER fill for each maker leg that is ours (both, in a self-cross). A fill carries the token,
 * side and price of our own order, never the taker's when we were a maker: in a mint (taker BUYs
 * YES against a maker BUY of NO) or a merge (SELL against SELL) a maker leg names the other
 * outcome, at the complementary price.
 *
 * <p>A maker leg's side, when the venue omits it, follows from the tokens: a leg on the taker's
 * token took the other side (an ordinary match); a leg on the other outcome took the same side
 * (mint for BUY, merge for SELL). A side the venue sends wins.
 *
 * <p>Fees: a maker pays nothing under V2, so a maker fill's fee is zero. A taker's fee is set by
 * the operator at match time from the market's fee schedule ({@code C · rate · (p(1−p))^exponent});
 * the message's {@code fee_rate_bps} is a V1 field and lacks the exponent, so the fee cannot be
 * computed exactly from the message. It is left to the caller's {@link TakerFees}, which knows
 * the market's schedule (or reads the fee from the venue's trade record).
 *
 * <p>A fill's time is the match time, else the message's timestamp; its status is the trade's,
 * so a later FAILED delivery of the same trade has the same {@link FillKey} and undoes it.
 */
public final class FillAttribution {

    /** The fee we paid as taker in a trade, as the caller's fee schedule computes it. */
    @FunctionalInterface
    public interface TakerFees {
        Usd feeFor(TradeMessage trade);
    }

    private final TakerFees takerFees;

    public FillAttribution(TakerFees takerFees) {
        this.takerFees = Objects.requireNonNull(takerFees, "takerFees");
    }

    public List<Fill> ourFills(TradeMessage trade, OurOrders us) {
        List<Fill> fills = new ArrayList<>(1);
        if (takerIsOurs(trade, us)) {
            fills.add(new Fill(FillKey.taker(trade.id()), trade.takerOrderId(), trade.market(), trade.asset(),
                    trade.side(), trade.price(), trade.size(), Liquidity.TAKER,
                    Objects.requireNonNull(takerFees.feeFor(trade), "taker fee"), trade.status(),
                    trade.matchedAt()));
        }
        for (MakerLeg leg : trade.makerOrders()) {
            if (us.owns(leg.orderId(), leg.makerAddress()) && !leg.matchedAmount().isZero()) {
                fills.add(new Fill(FillKey.maker(trade.id(), leg.orderId()), leg.orderId(), trade.market(),
                        leg.asset(), makerSide(trade, leg), leg.price(), leg.matchedAmount(), Liquidity.MAKER,
                        Usd.ZERO, trade.status(), trade.matchedAt()));
            }
        }
        return fills;
    }

    /**
     * The taker order is ours when we know its id, or when the message says we were the taker and
     * its top-level {@code maker_address} is ours. That address is trusted only on a TAKER message:
     * captures show the taker's funder there, and should a venue ever write the recipient's address
     * instead, on a MAKER message that would make the counterparty's taker order ours.
     */
    static boolean takerIsOurs(TradeMessage trade, OurOrders us) {
        return us.orderIds().contains(trade.takerOrderId())
                || trade.traderSide() == Liquidity.TAKER && us.owns(trade.takerOrderId(), trade.makerAddress());
    }

    /** The maker leg's own side: as sent, else derived from whether it shares the taker's token. */
    static Side makerSide(TradeMessage trade, MakerLeg leg) {
        return leg.side().orElseGet(
                () -> leg.asset().equals(trade.asset()) ? trade.side().opposite() : trade.side());
    }
}
