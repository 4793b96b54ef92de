package astra.strategy.quote;

/**
 * The continuous model, in {@code double} and nowhere else (see the package's "double boundary").
 * Prices are modelled as beliefs in logit space, x = ln(p / (1 − p)), diffusing with belief
 * volatility σ_b; the results are raw probabilities for the quoter to put on the tick.
 *
 * <p><b>Units.</b> τ is in <b>hours</b>, σ_b in logit per √hour (the simulator's
 * {@code beliefVolPerSqrtHour} is the same quantity), q in shares (signed net YES), γ per share,
 * κ per logit unit; every spread and shift here is in logit units.
 *
 * <p><b>Avellaneda–Stoikov</b> (STRATEGY.md): reservation r = x − q·γ·σ_b²·τ_inv and spread
 * δ_AS = γ·σ_b²·τ_inv + (2/γ)·ln(1 + γ/κ). Long inventory (q &gt; 0) lowers r and so both quotes.
 * τ_inv is the time to close capped at an <i>inventory horizon</i> (how long we expect to hold
 * inventory before we can work it off): uncapped, a market closing in three months would make
 * the inventory term of a 100-share position several logit units, a quote far off any book.
 *
 * <p><b>Why a jump term.</b> In A–S the diffusion term γσ_b²τ <i>shrinks</i> as τ → 0: less time
 * left, less diffusion risk. In a prediction market the opposite holds near the close: the outcome
 * becomes known, news arrives as jumps, and a resting quote is picked off by whoever learns first.
 * So the band gets a second term that grows as the close nears,
 * δ_jump = ω · τ_j / (τ + τ_j), with ω the extra width at the close (logit) and τ_j the timescale
 * (hours) at which half of it applies. It is bounded (at most ω) and negligible far from the close
 * (ω·τ_j/τ). Total δ = δ_AS + δ_jump, which falls as τ falls for as long as the diffusion term's
 * slope γσ_b² is smaller than the jump term's ω·τ_j/(τ + τ_j)² — with the defaults at every τ below
 * the inventory horizon, and above it the diffusion term is constant. The rules still stop quoting
 * inside the close window; this term widens the band before that.
 */
public final class LogitSpreadModel {

    private LogitSpreadModel() {}

    public static double logit(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("logit needs p strictly inside (0, 1), not " + p);
        }
        return Math.log(p / (1 - p));
    }

    public static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** r = x − q·γ·σ_b²·τ_inv. */
    public static double reservation(double x, double q, double gamma, double sigma, double tauInventoryHours) {
        return x - q * gamma * sigma * sigma * tauInventoryHours;
    }

    /** δ_AS = γ·σ_b²·τ_inv + (2/γ)·ln(1 + γ/κ). */
    public static double avellanedaStoikovSpread(double gamma, double sigma, double tauInventoryHours, double kappa) {
        return gamma * sigma * sigma * tauInventoryHours + (2 / gamma) * Math.log1p(gamma / kappa);
    }

    /** δ_jump = ω·τ_j / (τ + τ_j): ω at the close, ω/2 at τ = τ_j, → 0 far away. */
    public static double jumpRiskSpread(double omega, double tauCloseHours, double jumpTimescaleHours) {
        return omega * jumpTimescaleHours / (tauCloseHours + jumpTimescaleHours);
    }
}
