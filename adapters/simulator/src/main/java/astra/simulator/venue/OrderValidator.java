package astra.simulator.venue;

import astra.simulator.account.Accounts;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.BinaryMarket;
import astra.simulator.matching.MatchPlanner;
import astra.simulator.matching.OrderRejectedException;
import astra.simulator.matching.OrderRequest;
import astra.simulator.matching.OrderType;
import astra.simulator.matching.Rejection;
import astra.simulator.matching.Side;

/**
 * The venue's acceptance checks, in the order it applies them, each refusing with the venue's
 * words. Minimums: a resting order (GTC/GTD) needs the market's minimum size in shares; an
 * immediate order (FOK/FAK) needs at least $1 of notional at its limit, as on the venue.
 */
final class OrderValidator {
    /** The venue's GTD security threshold: an expiration must be at least this far ahead. */
    static final long GTD_THRESHOLD_SECONDS = 60;
    static final long MIN_MARKETABLE_NOTIONAL_MICROS = Amounts.ONE;

    private final Accounts accounts;
    private final MatchPlanner planner;

    OrderValidator(Accounts accounts, MatchPlanner planner) {
        this.accounts = accounts;
        this.planner = planner;
    }

    void validate(BinaryMarket market, OrderRequest r, long nowMillis) {
        if (!market.open()) {
            throw new OrderRejectedException(Rejection.MARKET_CLOSED, market.conditionId());
        }
        if (r.postOnly() && !r.type().rests()) {
            throw new OrderRejectedException(Rejection.POST_ONLY_NOT_RESTING, r.type().name());
        }
        checkExpiration(r, nowMillis);
        if (!market.tick().accepts(r.priceMicros())) {
            throw new OrderRejectedException(Rejection.INVALID_TICK, "price " + Amounts.format(r.priceMicros())
                    + ", tick " + market.tick());
        }
        if (r.sizeMicros() % Amounts.SIZE_STEP != 0) {
            throw new OrderRejectedException(Rejection.INVALID_SIZE, Amounts.format(r.sizeMicros()));
        }
        checkMinimum(market, r);
        checkBalance(market, r);
        if (r.postOnly() && planner.crosses(market, r)) {
            throw new OrderRejectedException(Rejection.POST_ONLY_CROSSES, "");
        }
    }

    private static void checkExpiration(OrderRequest r, long nowMillis) {
        if (r.type() != OrderType.GTD) {
            if (r.expirationSeconds() != 0) {
                throw new OrderRejectedException(Rejection.INVALID_EXPIRATION, "only GTD orders carry an expiration");
            }
            return;
        }
        long earliest = Math.floorDiv(nowMillis, 1000) + GTD_THRESHOLD_SECONDS;
        if (r.expirationSeconds() < earliest) {
            throw new OrderRejectedException(Rejection.INVALID_EXPIRATION, "expiration " + r.expirationSeconds()
                    + " is before now + " + GTD_THRESHOLD_SECONDS + " s (" + earliest + ")");
        }
    }

    private static void checkMinimum(BinaryMarket market, OrderRequest r) {
        if (r.type().rests()) {
            long min = market.spec().minOrderSizeMicros();
            if (r.sizeMicros() < min) {
                throw new OrderRejectedException(Rejection.MIN_SIZE, "size " + Amounts.format(r.sizeMicros())
                        + " < " + Amounts.format(min));
            }
        } else if (Amounts.notional(r.priceMicros(), r.sizeMicros()) < MIN_MARKETABLE_NOTIONAL_MICROS) {
            throw new OrderRejectedException(Rejection.MIN_NOTIONAL,
                    Amounts.format(Amounts.notional(r.priceMicros(), r.sizeMicros())));
        }
    }

    private void checkBalance(BinaryMarket market, OrderRequest r) {
        String asset = r.side() == Side.BUY ? Accounts.PUSD : r.tokenId();
        long needed = requiredHolding(market, r);
        long available = accounts.available(r.owner(), asset);
        if (available < needed) {
            throw new OrderRejectedException(Rejection.NOT_ENOUGH_BALANCE, "need " + Amounts.format(needed) + " "
                    + asset + ", available " + Amounts.format(available));
        }
    }

    /** A BUY needs price × size plus the most it could pay in taker fees; a SELL needs the tokens. */
    static long requiredHolding(BinaryMarket market, OrderRequest r) {
        if (r.side() == Side.SELL) {
            return r.sizeMicros();
        }
        return Amounts.notional(r.priceMicros(), r.sizeMicros())
                + market.spec().fees().maxTakerFeeForBuy(r.priceMicros(), r.sizeMicros());
    }
}
