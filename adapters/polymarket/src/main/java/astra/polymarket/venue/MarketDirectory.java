package astra.polymarket.venue;

import astra.domain.ConditionId;
import astra.domain.Market;
import java.util.Optional;

/**
 * Where the venue adapter learns a market's signing facts (negRisk flag, protocol version) and
 * fee schedule. A wrong answer signs an order the venue refuses ("invalid signature"), so the
 * directory should come from the venue's own metadata (Gamma), refreshed as markets change.
 */
@FunctionalInterface
public interface MarketDirectory {
    /** The market, or empty when the directory does not know it. */
    Optional<Market> market(ConditionId conditionId);

    /** The market or a clear error naming it. */
    default Market require(ConditionId conditionId) {
        return market(conditionId).orElseThrow(() -> new UnknownMarketException(conditionId));
    }
}
