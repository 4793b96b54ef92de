package astra.execution;

import astra.domain.Micros;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Converts outcome tokens to dollars and back at a mark (usually the canonical mid), in the
 * venue's micro units.
 *
 * <p>Default rounding, both directions DOWN, so that neither side of a conversion is overstated:
 * <ul>
 *   <li>{@link #toUsd(Shares, Price)}: a position's value is never marked above what it is worth;
 *   <li>{@link #toTokens(Usd, Price)}: a budget never claims more tokens than it can buy.
 * </ul>
 * Round-trip consequences (pinned by tests): dollars → tokens → dollars loses at most one micro of
 * a dollar; tokens → dollars → tokens never gains and loses less than one dollar-micro's worth of
 * tokens, i.e. at most ⌈10⁶ / mark-in-micros⌉ token micros (100 at a mark of 0.01). A mark of 1 or
 * above a dollar per token does not occur (prices are in [0, 1]).
 *
 * <p>Overloads take an explicit {@link RoundingMode} for callers with another safe side (e.g. a
 * liability marked UP).
 */
public final class Units {

    private static final BigInteger SCALE = BigInteger.valueOf(Micros.SCALE);

    private Units() {}

    /** tokens × mark, rounded DOWN to the micro. */
    public static Usd toUsd(Shares tokens, Price mark) {
        return toUsd(tokens, mark, RoundingMode.DOWN);
    }

    /** tokens × mark with an explicit rounding to the micro. */
    public static Usd toUsd(Shares tokens, Price mark, RoundingMode rounding) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(mark, "mark");
        long high = Math.multiplyHigh(tokens.micros(), mark.micros());
        long product = tokens.micros() * mark.micros();
        if (high == 0 && product >= 0 && (rounding == RoundingMode.DOWN || rounding == RoundingMode.UP)) {
            // Both factors are non-negative, so DOWN truncates and UP adds one for any remainder.
            long whole = product / Micros.SCALE;
            return new Usd(rounding == RoundingMode.UP && product % Micros.SCALE != 0 ? whole + 1 : whole);
        }
        return new Usd(decimalToUsd(tokens, mark, rounding));
    }

    /** tokens × mark in exact decimals: the reference of the whole-number path, and its fallback. */
    static long decimalToUsd(Shares tokens, Price mark, RoundingMode rounding) {
        BigInteger product = BigInteger.valueOf(tokens.micros()).multiply(BigInteger.valueOf(mark.micros()));
        return divide(product, SCALE, rounding);
    }

    /** usd / mark, rounded DOWN to the token micro. */
    public static Shares toTokens(Usd usd, Price mark) {
        return toTokens(usd, mark, RoundingMode.DOWN);
    }

    /** usd / mark with an explicit rounding to the token micro; refuses a zero mark and negative dollars. */
    public static Shares toTokens(Usd usd, Price mark, RoundingMode rounding) {
        Objects.requireNonNull(usd, "usd");
        Objects.requireNonNull(mark, "mark");
        if (mark.micros() == 0) {
            throw new IllegalArgumentException("cannot convert dollars to tokens at a mark of 0");
        }
        if (usd.isNegative()) {
            throw new IllegalArgumentException("cannot convert a negative amount to tokens: " + usd);
        }
        BigInteger numerator = BigInteger.valueOf(usd.micros()).multiply(SCALE);
        return new Shares(divide(numerator, BigInteger.valueOf(mark.micros()), rounding));
    }

    private static long divide(BigInteger numerator, BigInteger denominator, RoundingMode rounding) {
        return new BigDecimal(numerator)
                .divide(new BigDecimal(denominator), 0, rounding)
                .longValueExact();
    }
}
