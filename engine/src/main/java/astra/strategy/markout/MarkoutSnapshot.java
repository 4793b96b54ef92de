package astra.strategy.markout;

import astra.domain.ConditionId;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the toxicity rules read about one market: over our MAKER fills in the rolling window whose
 * 2-minute markout is known, their count, the mean 2-minute markout in basis points of the fill
 * price, and its t-statistic (empty with fewer than two fills or no dispersion). Also the mean
 * realized spread in bps over the same fills, for the report.
 */
public record MarkoutSnapshot(ConditionId market, int makerFillCount, BigDecimal meanMarkout2mBps,
        Optional<BigDecimal> tStat2m, BigDecimal meanRealizedSpreadBps) {

    /** What stands for an unbounded t-statistic in the rules' facts, which hold a number. */
    public static final BigDecimal UNBOUNDED_T = new BigDecimal("1000000");

    public MarkoutSnapshot {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(meanMarkout2mBps, "meanMarkout2mBps");
        Objects.requireNonNull(tStat2m, "tStat2m");
        Objects.requireNonNull(meanRealizedSpreadBps, "meanRealizedSpreadBps");
    }

    /**
     * The t-statistic as the rules read it. With two fills or more and no dispersion at all, every
     * markout is the mean: a nonzero mean is as certain as evidence gets, so it stands as
     * {@link #UNBOUNDED_T} with the mean's sign rather than as no evidence (20 fills each marked out
     * one tick against us must veto as toxic, as they would with one fill a hair different). 0 with
     * fewer than two fills, or with every markout 0.
     */
    public BigDecimal tStat2mForRules() {
        if (tStat2m.isPresent()) {
            return tStat2m.get();
        }
        if (makerFillCount < 2 || meanMarkout2mBps.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return meanMarkout2mBps.signum() < 0 ? UNBOUNDED_T.negate() : UNBOUNDED_T;
    }
}
