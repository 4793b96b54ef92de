package astra.strategy.select;

import astra.domain.Usd;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * Where each quoteability component saturates: the points that map a raw market measure into [0, 1].
 *
 * @param fullSpread a quoted spread (price units) at or above which the spread component is 1;
 *                   default {@link #DEFAULT_FULL_SPREAD}
 * @param fullDepth touch depth (the thinner side's notional) at or above which depth is 1;
 *                  default {@link #DEFAULT_FULL_DEPTH}
 * @param comfortableChurn book updates per minute up to which churn scores 1; default {@link #DEFAULT_COMFORTABLE_CHURN}
 * @param maxChurn updates per minute from which churn scores 0, linear in between; default {@link #DEFAULT_MAX_CHURN}
 * @param maxVolatility short-horizon volatility (price units) from which volatility scores 0,
 *                      linear from 1 at zero; default {@link #DEFAULT_MAX_VOLATILITY}
 * @param tooClose time to close at or below which the time component is 0; default {@link #DEFAULT_TOO_CLOSE}
 * @param sweetFrom from here the time component is 1 (linear from tooClose); default {@link #DEFAULT_SWEET_FROM}
 * @param sweetTo until here the time component is 1; default {@link #DEFAULT_SWEET_TO}
 * @param tooFar from here on the time component is {@code farFloor} (linear from sweetTo); default {@link #DEFAULT_TOO_FAR}
 * @param farFloor the time component of a market far from its close; default {@link #DEFAULT_FAR_FLOOR}
 */
public record ScoreScales(BigDecimal fullSpread, Usd fullDepth, BigDecimal comfortableChurn, BigDecimal maxChurn,
        BigDecimal maxVolatility, Duration tooClose, Duration sweetFrom, Duration sweetTo, Duration tooFar,
        BigDecimal farFloor) {

    /** Four cents: beyond that, more spread usually means no fills rather than more edge. */
    public static final BigDecimal DEFAULT_FULL_SPREAD = new BigDecimal("0.04");
    public static final Usd DEFAULT_FULL_DEPTH = Usd.parse("500");
    /** One update every two seconds is an ordinary market. */
    public static final BigDecimal DEFAULT_COMFORTABLE_CHURN = new BigDecimal("30");
    /** Five updates a second: bots fighting over the touch. */
    public static final BigDecimal DEFAULT_MAX_CHURN = new BigDecimal("300");
    /** Two cents of short-horizon mid volatility. */
    public static final BigDecimal DEFAULT_MAX_VOLATILITY = new BigDecimal("0.02");
    public static final Duration DEFAULT_TOO_CLOSE = Duration.ofHours(6);
    public static final Duration DEFAULT_SWEET_FROM = Duration.ofDays(3);
    public static final Duration DEFAULT_SWEET_TO = Duration.ofDays(30);
    public static final Duration DEFAULT_TOO_FAR = Duration.ofDays(180);
    public static final BigDecimal DEFAULT_FAR_FLOOR = new BigDecimal("0.25");

    public ScoreScales {
        Objects.requireNonNull(fullDepth, "fullDepth");
        requirePositive(fullSpread, "fullSpread");
        requirePositive(maxVolatility, "maxVolatility");
        requirePositive(maxChurn, "maxChurn");
        Objects.requireNonNull(comfortableChurn, "comfortableChurn");
        if (fullDepth.micros() <= 0) {
            throw new IllegalArgumentException("fullDepth must be positive, was " + fullDepth);
        }
        if (comfortableChurn.signum() < 0 || comfortableChurn.compareTo(maxChurn) >= 0) {
            throw new IllegalArgumentException("need 0 <= comfortableChurn < maxChurn");
        }
        Objects.requireNonNull(tooClose, "tooClose");
        Objects.requireNonNull(sweetFrom, "sweetFrom");
        Objects.requireNonNull(sweetTo, "sweetTo");
        Objects.requireNonNull(tooFar, "tooFar");
        if (tooClose.isNegative() || tooClose.compareTo(sweetFrom) >= 0 || sweetFrom.compareTo(sweetTo) > 0
                || sweetTo.compareTo(tooFar) >= 0) {
            throw new IllegalArgumentException("need 0 <= tooClose < sweetFrom <= sweetTo < tooFar");
        }
        Objects.requireNonNull(farFloor, "farFloor");
        if (farFloor.signum() < 0 || farFloor.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("farFloor must be in [0, 1], was " + farFloor.toPlainString());
        }
    }

    public static ScoreScales defaults() {
        return new ScoreScales(DEFAULT_FULL_SPREAD, DEFAULT_FULL_DEPTH, DEFAULT_COMFORTABLE_CHURN, DEFAULT_MAX_CHURN,
                DEFAULT_MAX_VOLATILITY, DEFAULT_TOO_CLOSE, DEFAULT_SWEET_FROM, DEFAULT_SWEET_TO, DEFAULT_TOO_FAR,
                DEFAULT_FAR_FLOOR);
    }

    private static void requirePositive(BigDecimal v, String name) {
        Objects.requireNonNull(v, name);
        if (v.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + v.toPlainString());
        }
    }
}
