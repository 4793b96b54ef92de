package astra.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The pessimism Gate A applies before it asks for a Sharpe: each cost is charged at the fill's
 * time, so the stressed equity curve falls below the actual one by the running total.
 *
 * <ul>
 *   <li>{@code takerFeeMultiplier}: a taker fill pays {@code fee × multiplier} instead of its fee
 *       (the extra is {@code fee × (multiplier − 1)}), for a fee schedule that turns against us;</li>
 *   <li>{@code takerCostPerShare}: extra slippage per share on every taker fill, in USD;</li>
 *   <li>{@code makerEdgeHaircut}: the fraction of a maker fill's positive realized spread
 *       (sign × (mid − price) × size) taken away, for quotes that would in reality have been
 *       filled less often at the good prices. A negative edge is not haircut (it is already bad).</li>
 * </ul>
 */
public record CostStress(BigDecimal takerFeeMultiplier, BigDecimal takerCostPerShare, BigDecimal makerEdgeHaircut) {

    /** No stress: the stressed curve is the actual one. */
    public static final CostStress NONE = new CostStress(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);

    /**
     * The default stress: taker fees × 1.5, half a cent of slippage per taker share, a quarter of
     * the maker edge gone. Chosen as a plausible bad month, not calibrated; say so when quoting it.
     */
    public static final CostStress DEFAULT =
            new CostStress(new BigDecimal("1.5"), new BigDecimal("0.005"), new BigDecimal("0.25"));

    public CostStress {
        Objects.requireNonNull(takerFeeMultiplier, "takerFeeMultiplier");
        Objects.requireNonNull(takerCostPerShare, "takerCostPerShare");
        Objects.requireNonNull(makerEdgeHaircut, "makerEdgeHaircut");
        if (takerFeeMultiplier.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("a stress never lowers fees: takerFeeMultiplier " + takerFeeMultiplier + " < 1");
        }
        if (takerCostPerShare.signum() < 0) {
            throw new IllegalArgumentException("takerCostPerShare must not be negative: " + takerCostPerShare);
        }
        if (makerEdgeHaircut.signum() < 0 || makerEdgeHaircut.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("makerEdgeHaircut must be in [0, 1]: " + makerEdgeHaircut);
        }
    }
}
