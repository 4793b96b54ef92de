package astra.strategy.parity;

import astra.domain.ConditionId;
import astra.domain.Liquidity;
import astra.domain.Shares;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A parity trade found on the books, net of taker fees.
 *
 * @param size pairs traded: the smaller of the two touches, floored to the venue's size decimals
 * @param edgeTotal what the pair trade earns after fees: buy-both, pairs received × $1 − pUSD paid;
 *                  sell-both, pUSD received − size × $1 (the value a held or split pair stands for)
 * @param edgePerShare edgeTotal / size, rounded down to six decimals
 * @param requiresSplit sell-both only: our inventory does not cover both legs, so collateral must be
 *                      split into pairs first (or the trade skipped)
 */
public record ParityOpportunity(ConditionId market, ParityKind kind, List<ParityLeg> legs, Shares size,
        BigDecimal edgePerShare, Usd edgeTotal, boolean requiresSplit) {

    public ParityOpportunity {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(kind, "kind");
        legs = List.copyOf(legs);
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(edgePerShare, "edgePerShare");
        Objects.requireNonNull(edgeTotal, "edgeTotal");
        if (legs.size() != 2) {
            throw new IllegalArgumentException("a parity trade has two legs, not " + legs.size());
        }
        if (kind == ParityKind.BUY_BOTH && requiresSplit) {
            throw new IllegalArgumentException("buying both never needs a split");
        }
    }

    /** Both legs cross the book. */
    public Liquidity liquidity() {
        return Liquidity.TAKER;
    }

    /** If one leg fills and the other does not, the position is directional. */
    public boolean legRisk() {
        return true;
    }

    /** The executor must send both legs together (one batch, fill-or-kill) or neither. */
    public boolean atomicityRequired() {
        return true;
    }
}
