package astra.strategy.quote;

import astra.domain.Shares;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The quoter's parameters (see {@link LogitSpreadModel} for units and meaning). Model parameters
 * are {@link BigDecimal} so that configuration reads exactly; they become {@code double} only
 * inside the model.
 *
 * @param riskAversion γ per share; default {@link #DEFAULT_RISK_AVERSION}
 * @param beliefVolPerSqrtHour σ_b in logit per √hour; default {@link #DEFAULT_BELIEF_VOL}
 * @param fillIntensity κ per logit unit; default {@link #DEFAULT_FILL_INTENSITY}
 * @param inventoryHorizon cap on τ in the A–S terms; default {@link #DEFAULT_INVENTORY_HORIZON}
 * @param jumpWidening ω, the extra spread (logit) at the close; default {@link #DEFAULT_JUMP_WIDENING}
 * @param jumpTimescale τ_j, where half of ω applies; default {@link #DEFAULT_JUMP_TIMESCALE}
 * @param toxicityWidening s in δ·(1 + s·toxicity); default {@link #DEFAULT_TOXICITY_WIDENING}
 * @param toxicitySizeCut c in size·(1 − c·toxicity); default {@link #DEFAULT_TOXICITY_SIZE_CUT}
 * @param micropriceWeight w in fair = mid + w·(microprice − mid); default {@link #DEFAULT_MICROPRICE_WEIGHT}
 * @param baseSize size per side before scaling; default {@link #DEFAULT_BASE_SIZE}
 * @param maxSize size never exceeded per side; default {@link #DEFAULT_MAX_SIZE}
 * @param gtdLifetime how long a quote should rest; default {@link #DEFAULT_GTD_LIFETIME}
 */
public record QuoterSettings(
        BigDecimal riskAversion,
        BigDecimal beliefVolPerSqrtHour,
        BigDecimal fillIntensity,
        Duration inventoryHorizon,
        BigDecimal jumpWidening,
        Duration jumpTimescale,
        BigDecimal toxicityWidening,
        BigDecimal toxicitySizeCut,
        BigDecimal micropriceWeight,
        Shares baseSize,
        Shares maxSize,
        Duration gtdLifetime) {

    /** 100 shares of inventory shift the reservation by 0.088 logit at a 24 h horizon (≈ 2.2 cents at 0.50). */
    public static final BigDecimal DEFAULT_RISK_AVERSION = new BigDecimal("0.0003");
    /** The simulator's default diffusion of the hidden logit. */
    public static final BigDecimal DEFAULT_BELIEF_VOL = new BigDecimal("0.35");
    /** (2/γ)·ln(1 + γ/κ) ≈ 2/κ = 0.133 logit: about 3.3 cents of total spread at 0.50. */
    public static final BigDecimal DEFAULT_FILL_INTENSITY = new BigDecimal("15");
    /** A day: inventory is expected to be worked off within it. */
    public static final Duration DEFAULT_INVENTORY_HORIZON = Duration.ofHours(24);
    /** 0.3 logit at the close, about 7.5 cents more total spread at 0.50. */
    public static final BigDecimal DEFAULT_JUMP_WIDENING = new BigDecimal("0.3");
    /** Half the jump widening six hours before the close. */
    public static final Duration DEFAULT_JUMP_TIMESCALE = Duration.ofHours(6);
    /** A fully toxic market (toxicity 1) doubles the spread. */
    public static final BigDecimal DEFAULT_TOXICITY_WIDENING = BigDecimal.ONE;
    /** A fully toxic market halves the size. */
    public static final BigDecimal DEFAULT_TOXICITY_SIZE_CUT = new BigDecimal("0.5");
    /** Halfway between the mid and the microprice. */
    public static final BigDecimal DEFAULT_MICROPRICE_WEIGHT = new BigDecimal("0.5");
    public static final Shares DEFAULT_BASE_SIZE = Shares.whole(20);
    public static final Shares DEFAULT_MAX_SIZE = Shares.whole(100);
    /** Five minutes: long enough to save mutations, short enough that a forgotten quote dies. */
    public static final Duration DEFAULT_GTD_LIFETIME = Duration.ofMinutes(5);

    public QuoterSettings {
        requirePositive(riskAversion, "riskAversion");
        requirePositive(beliefVolPerSqrtHour, "beliefVolPerSqrtHour");
        requirePositive(fillIntensity, "fillIntensity");
        requirePositive(inventoryHorizon, "inventoryHorizon");
        requireNotNegative(jumpWidening, "jumpWidening");
        requirePositive(jumpTimescale, "jumpTimescale");
        requireNotNegative(toxicityWidening, "toxicityWidening");
        requireFraction(toxicitySizeCut, "toxicitySizeCut");
        requireFraction(micropriceWeight, "micropriceWeight");
        Objects.requireNonNull(baseSize, "baseSize");
        Objects.requireNonNull(maxSize, "maxSize");
        if (baseSize.isZero() || baseSize.compareTo(maxSize) > 0) {
            throw new IllegalArgumentException("need 0 < baseSize <= maxSize, was " + baseSize + " and " + maxSize);
        }
        requirePositive(gtdLifetime, "gtdLifetime");
    }

    public static QuoterSettings defaults() {
        return new QuoterSettings(DEFAULT_RISK_AVERSION, DEFAULT_BELIEF_VOL, DEFAULT_FILL_INTENSITY,
                DEFAULT_INVENTORY_HORIZON, DEFAULT_JUMP_WIDENING, DEFAULT_JUMP_TIMESCALE, DEFAULT_TOXICITY_WIDENING,
                DEFAULT_TOXICITY_SIZE_CUT, DEFAULT_MICROPRICE_WEIGHT, DEFAULT_BASE_SIZE, DEFAULT_MAX_SIZE,
                DEFAULT_GTD_LIFETIME);
    }

    public QuoterSettings withMicropriceWeight(BigDecimal w) {
        return new QuoterSettings(riskAversion, beliefVolPerSqrtHour, fillIntensity, inventoryHorizon, jumpWidening,
                jumpTimescale, toxicityWidening, toxicitySizeCut, w, baseSize, maxSize, gtdLifetime);
    }

    public QuoterSettings withJumpWidening(BigDecimal omega) {
        return new QuoterSettings(riskAversion, beliefVolPerSqrtHour, fillIntensity, inventoryHorizon, omega,
                jumpTimescale, toxicityWidening, toxicitySizeCut, micropriceWeight, baseSize, maxSize, gtdLifetime);
    }

    public QuoterSettings withSizes(Shares base, Shares max) {
        return new QuoterSettings(riskAversion, beliefVolPerSqrtHour, fillIntensity, inventoryHorizon, jumpWidening,
                jumpTimescale, toxicityWidening, toxicitySizeCut, micropriceWeight, base, max, gtdLifetime);
    }

    static double hours(Duration d) {
        return d.toMillis() / 3_600_000.0;
    }

    private static void requirePositive(BigDecimal v, String name) {
        Objects.requireNonNull(v, name);
        if (v.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, was " + v.toPlainString());
        }
    }

    private static void requireNotNegative(BigDecimal v, String name) {
        Objects.requireNonNull(v, name);
        if (v.signum() < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + v.toPlainString());
        }
    }

    private static void requireFraction(BigDecimal v, String name) {
        requireNotNegative(v, name);
        if (v.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + v.toPlainString());
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
