package astra.strategy.quote;

import astra.domain.Micros;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a resting quote is worth replacing, to spend the mutation budget only on moves
 * that matter. A resting order is replaced when the target:
 * <ul>
 *   <li>is on another token or side (an ask that moved from a YES sell to a NO bid);
 *   <li>has moved <b>more than</b> {@code driftTicks} ticks from the resting price (exactly
 *       {@code driftTicks} is kept; policy {@code execution.requote-drift-ticks}, 2 by default);
 *   <li>rests on a price off the current tick (the tick changed under it);
 *   <li>or differs in size by more than {@code materialSizeChange} of the resting size.
 * </ul>
 * Note: the shipped {@code policy.yaml} comment says "at least this many ticks"; this class follows
 * the strategy brief's "more than", so 2 ticks of drift is kept and 3 is replaced.
 */
public final class RequoteDebouncer {

    /** A size change of more than a quarter is worth a mutation; smaller ones are partial-fill noise. */
    public static final BigDecimal DEFAULT_MATERIAL_SIZE_CHANGE = new BigDecimal("0.25");

    private final int driftTicks;
    private final BigDecimal materialSizeChange;

    public RequoteDebouncer(int driftTicks) {
        this(driftTicks, DEFAULT_MATERIAL_SIZE_CHANGE);
    }

    public RequoteDebouncer(int driftTicks, BigDecimal materialSizeChange) {
        if (driftTicks < 0) {
            throw new IllegalArgumentException("driftTicks must be >= 0, was " + driftTicks);
        }
        Objects.requireNonNull(materialSizeChange, "materialSizeChange");
        if (materialSizeChange.signum() < 0) {
            throw new IllegalArgumentException("materialSizeChange must be >= 0, was " + materialSizeChange);
        }
        this.driftTicks = driftTicks;
        this.materialSizeChange = materialSizeChange;
    }

    public RequoteDecision decide(Optional<RestingQuote> resting, Optional<TargetQuote> target) {
        Objects.requireNonNull(resting, "resting");
        Objects.requireNonNull(target, "target");
        if (resting.isEmpty()) {
            return target.isEmpty() ? new RequoteDecision(RequoteDecision.Action.NONE, "nothing rests, nothing wanted")
                    : new RequoteDecision(RequoteDecision.Action.PLACE, "nothing rests");
        }
        RestingQuote r = resting.get();
        if (target.isEmpty()) {
            return new RequoteDecision(RequoteDecision.Action.CANCEL, "no target for the resting order");
        }
        TargetQuote t = target.get();
        if (!r.token().equals(t.token()) || r.side() != t.side()) {
            return replace("target moved to " + t.side() + " " + t.token() + " from " + r.side() + " " + r.token());
        }
        long tick = t.tickSize().micros();
        if (r.price().micros() % tick != 0) {
            return replace("resting price " + r.price() + " is off the tick " + t.tickSize());
        }
        long ticks = Math.abs(t.price().micros() - r.price().micros()) / tick;
        if (ticks > driftTicks) {
            return replace("price drifted " + ticks + " ticks (> " + driftTicks + ") from " + r.price() + " to "
                    + t.price());
        }
        if (r.remaining().isZero()) {
            return replace("resting order has nothing left");
        }
        // |target − remaining| / remaining > m, as |target − remaining| > m·remaining (remaining > 0): exact, no division.
        long change = Math.abs(t.size().micros() - r.remaining().micros());
        if (BigDecimal.valueOf(change).compareTo(materialSizeChange.multiply(BigDecimal.valueOf(r.remaining().micros())))
                > 0) {
            return new RequoteDecision(RequoteDecision.Action.REPLACE, () -> "size changed from " + r.remaining()
                    + " to " + t.size() + " (more than " + materialSizeChange.toPlainString() + " of it)");
        }
        return new RequoteDecision(RequoteDecision.Action.KEEP, () -> "within " + driftTicks + " ticks ("
                + ticks + ") and size " + Micros.format(r.remaining().micros()) + " close to " + t.size());
    }

    private static RequoteDecision replace(String reason) {
        return new RequoteDecision(RequoteDecision.Action.REPLACE, reason);
    }
}
