package astra.portfolio;

import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.Micros;
import astra.domain.Position;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Folds fills into a position at average cost. A buy adds size and cost (price × size + fee); a
 * sell removes its pro-rata share of the cost and realizes proceeds (price × size − fee) minus
 * that share. A fill that does not count (FAILED) leaves the position as it is.
 */
public final class PositionLedger {

    private PositionLedger() {}

    /** The position the given fills add up to, applied in the order given. */
    public static Position fold(ConditionId market, TokenId token, Iterable<Fill> fills) {
        Position position = Position.flat(market, token);
        for (Fill fill : fills) {
            position = apply(position, fill);
        }
        return position;
    }

    /** The position after one more fill; refuses a fill of another token or a sell beyond the holding. */
    public static Position apply(Position position, Fill fill) {
        if (!fill.token().equals(position.token())) {
            throw new IllegalArgumentException(
                    "fill " + fill.key() + " is for token " + fill.token() + ", not " + position.token());
        }
        if (!fill.status().counts()) {
            return position;
        }
        Usd notional = notional(fill.price(), fill.size());
        return fill.side() == Side.BUY
                ? new Position(position.market(), position.token(), position.size().plus(fill.size()),
                        position.cost().plus(notional).plus(fill.fee()), position.realizedPnl())
                : sell(position, fill.size(), notional.minus(fill.fee()));
    }

    private static Position sell(Position position, Shares sold, Usd proceeds) {
        if (sold.compareTo(position.size()) > 0) {
            throw new SellExceedsHoldingException(position.token(), sold, position.size());
        }
        Usd costSold = costShare(position.cost(), sold, position.size());
        return new Position(position.market(), position.token(), position.size().minus(sold),
                position.cost().minus(costSold), position.realizedPnl().plus(proceeds.minus(costSold)));
    }

    /** The cost of {@code part} of {@code whole} tokens; all of it when the whole is sold, so none is stranded. */
    private static Usd costShare(Usd cost, Shares part, Shares whole) {
        if (part.equals(whole)) {
            return cost;
        }
        BigDecimal share = cost.toBigDecimal().multiply(part.toBigDecimal())
                .divide(whole.toBigDecimal(), Micros.DECIMALS, RoundingMode.HALF_EVEN);
        return Usd.of(share);
    }

    /**
     * Price × size in pUSD. Exact for on-tick prices and the venue's two size decimals; finer
     * inputs are rounded half-even to a micro.
     */
    static Usd notional(Price price, Shares size) {
        return new Usd(Micros.of(price.toBigDecimal().multiply(size.toBigDecimal()), RoundingMode.HALF_EVEN));
    }
}
