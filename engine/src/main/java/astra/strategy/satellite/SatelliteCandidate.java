package astra.strategy.satellite;

import astra.domain.ConditionId;
import astra.domain.Liquidity;
import astra.domain.Outcome;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A satellite order to send: a taker BUY of the underpriced outcome at its current ask, with the
 * money reserved for it and the edge after fees (signal probability of that outcome − cost per
 * token received).
 */
public record SatelliteCandidate(ConditionId market, Outcome outcome, TokenId token, Price limitPrice, Shares size,
        Usd cost, BigDecimal edge, SatelliteSignal signal) {
    public SatelliteCandidate {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(limitPrice, "limitPrice");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(signal, "signal");
    }

    public Side side() {
        return Side.BUY;
    }

    public Liquidity liquidity() {
        return Liquidity.TAKER;
    }
}
