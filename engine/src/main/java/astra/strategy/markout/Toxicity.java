package astra.strategy.markout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Maps a markout snapshot to the quoter's toxicity in [0, 1]: 0 until the market has
 * {@code minFillCount} maker fills (three unlucky fills say nothing) or while its mean 2-minute
 * markout is not negative; otherwise −mean / fullyToxicBps, capped at 1. The rules' veto uses the
 * t-statistic as well; this only grades how much to widen and shrink before that.
 */
public final class Toxicity {

    private Toxicity() {}

    public static BigDecimal of(MarkoutSnapshot snapshot, int minFillCount, BigDecimal fullyToxicBps) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(fullyToxicBps, "fullyToxicBps");
        if (fullyToxicBps.signum() <= 0) {
            throw new IllegalArgumentException("fullyToxicBps must be positive, was " + fullyToxicBps.toPlainString());
        }
        if (snapshot.makerFillCount() < minFillCount || snapshot.meanMarkout2mBps().signum() >= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal graded = snapshot.meanMarkout2mBps().negate().divide(fullyToxicBps, 6, RoundingMode.HALF_EVEN);
        return graded.min(BigDecimal.ONE);
    }
}
