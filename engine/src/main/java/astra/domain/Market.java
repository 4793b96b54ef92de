package astra.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A binary market as Astra trades it: its two outcome tokens, its negRisk grouping, the tick and
 * minimum size in force, its fee schedule, the exchange protocol its orders are signed for, and
 * its three clocks. A tick size change produces a new {@code Market} value.
 */
public record Market(
        ConditionId conditionId,
        TokenId yesToken,
        TokenId noToken,
        boolean negRisk,
        Optional<NegRiskMarketId> negRiskMarketId,
        TickSize tickSize,
        Shares minSize,
        FeeSchedule feeSchedule,
        ProtocolVersion protocol,
        MarketClocks clocks) {

    public Market {
        Objects.requireNonNull(conditionId, "conditionId");
        Objects.requireNonNull(yesToken, "yesToken");
        Objects.requireNonNull(noToken, "noToken");
        Objects.requireNonNull(negRiskMarketId, "negRiskMarketId");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(minSize, "minSize");
        Objects.requireNonNull(feeSchedule, "feeSchedule");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(clocks, "clocks");
        if (yesToken.equals(noToken)) {
            throw new IllegalArgumentException("YES and NO tokens must differ");
        }
        if (negRiskMarketId.isPresent() && !negRisk) {
            throw new IllegalArgumentException("a negRisk market id on a market that is not negRisk");
        }
    }

    public TokenId token(Outcome outcome) {
        return outcome == Outcome.YES ? yesToken : noToken;
    }

    /** Which outcome a token is in this market; empty when the token is not this market's. */
    public Optional<Outcome> outcomeOf(TokenId token) {
        if (yesToken.equals(token)) {
            return Optional.of(Outcome.YES);
        }
        if (noToken.equals(token)) {
            return Optional.of(Outcome.NO);
        }
        return Optional.empty();
    }

    public Market withTickSize(TickSize newTick) {
        return new Market(conditionId, yesToken, noToken, negRisk, negRiskMarketId, newTick, minSize,
                feeSchedule, protocol, clocks);
    }
}
