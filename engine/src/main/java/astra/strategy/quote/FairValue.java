package astra.strategy.quote;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Price;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The maker's fair value: the canonical mid, nudged toward the microprice. Exact arithmetic; the
 * result is a model input (a belief), not an order price, so it keeps more decimals than a price.
 */
public final class FairValue {

    /** Decimals kept for a fair value: well below any tick, so rounding it never moves a quote. */
    public static final int SCALE = 10;

    private FairValue() {}

    /**
     * The microprice at the touch, (bid·askSize + ask·bidSize) / (bidSize + askSize): the touch
     * whose opposite side is thinner is the likelier to move, so the price leans toward it. Empty
     * for a one-sided book or empty touches.
     */
    public static Optional<BigDecimal> microprice(Book book) {
        Objects.requireNonNull(book, "book");
        Optional<BookLevel> bid = book.bestBid();
        Optional<BookLevel> ask = book.bestAsk();
        if (bid.isEmpty() || ask.isEmpty() || book.isCrossed()) {
            return Optional.empty();
        }
        BigDecimal bidSize = bid.get().size().toBigDecimal();
        BigDecimal askSize = ask.get().size().toBigDecimal();
        BigDecimal total = bidSize.add(askSize);
        if (bidSize.signum() == 0 || askSize.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal weighted = bid.get().price().toBigDecimal().multiply(askSize)
                .add(ask.get().price().toBigDecimal().multiply(bidSize));
        return Optional.of(weighted.divide(total, SCALE, RoundingMode.HALF_EVEN));
    }

    /** mid + w·(microprice − mid), or the mid alone when there is no microprice. */
    public static BigDecimal of(Price mid, Book book, BigDecimal micropriceWeight) {
        Objects.requireNonNull(mid, "mid");
        Objects.requireNonNull(micropriceWeight, "micropriceWeight");
        BigDecimal m = mid.toBigDecimal();
        return microprice(book)
                .map(micro -> m.add(micropriceWeight.multiply(micro.subtract(m), MathContext.DECIMAL64)))
                .orElse(m)
                .setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
