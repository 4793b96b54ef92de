package astra.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The distribution of one horizon's markouts over a set of fills, per share (every fill weighs
 * the same, whatever its size), plus the USD total (markout × size summed). The t-statistic is
 * mean / (stdev / √n) with the sample stdev; it is empty below two fills or with zero dispersion.
 */
public record MarkoutSummary(
        int count,
        Optional<BigDecimal> mean,
        Optional<BigDecimal> median,
        Optional<BigDecimal> stdev,
        Optional<BigDecimal> tStat,
        BigDecimal totalUsd,
        List<BigDecimal> values) {

    public MarkoutSummary {
        values = List.copyOf(values);
    }

    static MarkoutSummary of(List<BigDecimal> perShare, BigDecimal totalUsd) {
        return new MarkoutSummary(perShare.size(), Stats.mean(perShare), Stats.median(perShare),
                Stats.stdev(perShare), Stats.tStat(perShare), totalUsd, perShare);
    }
}
