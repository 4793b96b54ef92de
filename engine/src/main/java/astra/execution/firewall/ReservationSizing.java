package astra.execution.firewall;

import astra.domain.ClientOrderId;
import astra.domain.FeeSchedule;
import astra.domain.Liquidity;
import astra.domain.Order;
import astra.domain.OrderIntent;
import astra.domain.Price;
import astra.domain.Reservation;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.Usd;
import astra.execution.Fees;
import astra.execution.OrderAmounts;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much an order sets aside while it may rest or trade.
 *
 * <p>A BUY reserves the pUSD its signed order commits (its maker amount, as {@link OrderAmounts}
 * computes it) plus the worst taker fee it could pay. Under V2 makers pay no fee, so a postOnly
 * order (which can never take) reserves no fee. Any other buy may cross on entry and pay the
 * taker fee C·rate·(p(1 − p))^e at its fill price; a buy fills at or below its limit and the curve
 * rises up to 0.5, so the worst fill price for the fee is min(limit, 0.5). A V1 buy's fee is paid
 * in tokens and needs no collateral.
 *
 * <p>A SELL reserves the tokens it would deliver; a selling taker's fee comes out of the proceeds.
 */
final class ReservationSizing {
    private static final Price HALF = Price.parse("0.5");

    private ReservationSizing() {}

    static Reservation forIntent(OrderIntent intent, FeeSchedule schedule) {
        OrderAmounts amounts = OrderAmounts.of(intent);
        Usd fee = worstTakerFee(intent, schedule, amounts.tokens());
        return committed(intent, amounts, fee);
    }

    /** For an order already resting (a maker from here on): what its signed amounts commit, no fee. */
    private static Reservation forResting(OrderIntent intent) {
        return committed(intent, OrderAmounts.of(intent), Usd.ZERO);
    }

    /** For what is left of an order already resting: its {@link #forResting} reservation scaled to its rest. */
    static Reservation forRestOf(Order order) {
        return scaled(forResting(order.intent()), order.remaining(), order.intent().size());
    }

    /** Whether what is held sets aside at least what is needed (the same order, kind and token). */
    static boolean covers(Reservation held, Reservation needed) {
        if (held instanceof Reservation.Collateral h && needed instanceof Reservation.Collateral n) {
            return h.amount().compareTo(n.amount()) >= 0;
        }
        if (held instanceof Reservation.Tokens h && needed instanceof Reservation.Tokens n) {
            return h.token().equals(n.token()) && h.amount().compareTo(n.amount()) >= 0;
        }
        return false;
    }

    private static Reservation committed(OrderIntent intent, OrderAmounts amounts, Usd fee) {
        if (intent.side() == Side.SELL) {
            return new Reservation.Tokens(intent.clientOrderId(), intent.market(), intent.token(), amounts.tokens());
        }
        return new Reservation.Collateral(intent.clientOrderId(), intent.market(),
                new Usd(amounts.makerAmount()).plus(fee));
    }

    static Usd worstTakerFee(OrderIntent intent, FeeSchedule schedule, Shares tokens) {
        if (intent.side() != Side.BUY || intent.postOnly()) {
            return Usd.ZERO;
        }
        Price feePrice = intent.price().isBelow(HALF) ? intent.price() : HALF;
        return Fees.fee(schedule, Side.BUY, feePrice, tokens, Liquidity.TAKER).collateral();
    }

    /**
     * The reservation scaled to what is left of the order: amount × remaining / size, rounded UP so a
     * partly filled order never holds less than its rest could need.
     */
    private static Reservation scaled(Reservation held, Shares remaining, Shares size) {
        BigDecimal fraction = remaining.toBigDecimal();
        BigDecimal whole = size.toBigDecimal();
        ClientOrderId order = held.order();
        if (held instanceof Reservation.Collateral c) {
            return new Reservation.Collateral(order, c.market(), Usd.of(scale(c.amount().toBigDecimal(), fraction, whole)));
        }
        Reservation.Tokens t = (Reservation.Tokens) held;
        return new Reservation.Tokens(order, t.market(), t.token(), Shares.of(scale(t.amount().toBigDecimal(), fraction, whole)));
    }

    private static BigDecimal scale(BigDecimal amount, BigDecimal part, BigDecimal whole) {
        return amount.multiply(part).divide(whole, 6, RoundingMode.UP);
    }
}
