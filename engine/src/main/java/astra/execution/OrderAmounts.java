package astra.execution;

import astra.domain.InvalidOrderException;
import astra.domain.Micros;
import astra.domain.OrderIntent;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The signed amounts of a limit order, integers in 1e-6 units, computed as the venue's official
 * clients compute them (py-clob-client-v2 {@code get_order_amounts}, clob-client-v2; vectors in
 * {@code fixtures/polymarket/orders/order_amount_vectors.json}):
 * <ul>
 *   <li>the size is floored to the tick's size decimals (2 for every tick) — for a SELL too, although
 *       the venue's page only says "makerAmount = size";
 *   <li>BUY: takerAmount = that size in tokens, makerAmount = size × price in pUSD;
 *   <li>SELL: makerAmount = that size in tokens, takerAmount = size × price in pUSD;
 *   <li>the product is rounded DOWN to the tick's amount decimals.
 * </ul>
 *
 * <p>Why the last rule hardly ever acts: with a price on the tick (at most price-decimals places)
 * and a size of two decimals, the exact product has at most price + size decimals, which equals the
 * tick's amount decimals for every tick (1+2=3, 2+2=4, 3+2=5, 4+2=6). The clients' extra rounding
 * (round up to amount+4 decimals, then down to amount decimals) exists only to undo binary floating
 * point noise; in exact decimal arithmetic it reduces to the round-down kept here.
 *
 * <p>Unlike the clients, which round an off-tick price half-even to the price decimals, a price off
 * the tick or outside [tick, 1 − tick] is refused: the venue refuses such a price, and silently
 * moving it would sign an order nobody decided. A size that floors to zero is refused too.
 *
 * @param makerAmount what the maker gives, in 1e-6 units (pUSD for a BUY, tokens for a SELL)
 * @param takerAmount what the maker receives, in 1e-6 units (tokens for a BUY, pUSD for a SELL)
 */
public record OrderAmounts(Side side, long makerAmount, long takerAmount) {

    public OrderAmounts {
        Objects.requireNonNull(side, "side");
        if (makerAmount <= 0 || takerAmount <= 0) {
            throw new IllegalArgumentException("order amounts must be positive: maker " + makerAmount
                    + ", taker " + takerAmount);
        }
    }

    /** The amounts of an intent, from its side, price, size and tick. */
    public static OrderAmounts of(OrderIntent intent) {
        return of(intent.side(), intent.price(), intent.size(), intent.tickSize());
    }

    /** The amounts for a limit order of {@code size} tokens at {@code price} on a market of {@code tick}. */
    public static OrderAmounts of(Side side, Price price, Shares size, TickSize tick) {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(tick, "tick");
        if (!price.isOnTick(tick) || price.isBelow(tick.minPrice()) || price.isAbove(tick.maxPrice())) {
            throw new InvalidOrderException("price " + price + " is not a valid price on tick " + tick
                    + " (on the tick and within [" + tick.minPrice() + ", " + tick.maxPrice() + "])");
        }
        BigDecimal tokens = size.toBigDecimal().setScale(tick.sizeDecimals(), RoundingMode.DOWN);
        if (tokens.signum() == 0) {
            throw new InvalidOrderException("size " + size + " floors to zero at " + tick.sizeDecimals()
                    + " decimals");
        }
        BigDecimal collateral = tokens.multiply(price.toBigDecimal())
                .setScale(tick.amountDecimals(), RoundingMode.DOWN);
        long tokenUnits = Micros.of(tokens);
        long collateralUnits = Micros.of(collateral);
        return side == Side.BUY
                ? new OrderAmounts(side, collateralUnits, tokenUnits)
                : new OrderAmounts(side, tokenUnits, collateralUnits);
    }

    /** The token quantity the order really carries, after the size was floored. */
    public Shares tokens() {
        return new Shares(side == Side.BUY ? takerAmount : makerAmount);
    }
}
