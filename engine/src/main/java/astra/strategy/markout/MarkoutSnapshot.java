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

    public MarkoutSnapshot {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(meanMarkout2mBps, "meanMarkout2mBps");
        Objects.requireNonNull(tStat2m, "tStat2m");
        Objects.requireNonNull(meanRealizedSpreadBps, "meanRealizedSpreadBps");
    }
}
