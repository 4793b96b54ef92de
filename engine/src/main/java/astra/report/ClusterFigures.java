package astra.report;

import astra.domain.ClusterId;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One cluster: its exposure (size × mark) at the end and at its highest boundary, its P&L, and its
 * share of the session's absolute P&L (|cluster P&L| / Σ |cluster P&L|; empty when nothing was made
 * or lost). Absolute, because a signed share is meaningless when total P&L is near zero or negative.
 */
public record ClusterFigures(
        ClusterId cluster, int markets, int fills, Usd exposureAtEnd, Usd peakExposure, Usd pnl,
        Optional<BigDecimal> pnlShare) {
    public ClusterFigures {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(exposureAtEnd, "exposureAtEnd");
        Objects.requireNonNull(peakExposure, "peakExposure");
        Objects.requireNonNull(pnl, "pnl");
        Objects.requireNonNull(pnlShare, "pnlShare");
    }
}
