package astra.polymarket.gamma;

import astra.domain.Market;
import astra.domain.Price;
import astra.domain.Shares;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tradable market with what Gamma says around it: its question, its liquidity-rewards terms and,
 * for sports markets, the game's start.
 *
 * @param rewardsMinSize the smallest order that earns liquidity rewards; empty when none are offered
 * @param rewardsMaxSpread the widest distance from the mid that earns rewards, as a price
 *     (Gamma's {@code rewardsMaxSpread} is in cents: 3.5 is 0.035); empty when none are offered
 * @param eventId the Gamma event the market is listed under, when Gamma says: markets of one event
 *     move together, so they are one cluster for the caps
 */
public record MarketListing(Market market, String question, String slug, Optional<Shares> rewardsMinSize,
        Optional<Price> rewardsMaxSpread, Optional<Instant> gameStartTime, Optional<String> eventId) {
    public MarketListing {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(rewardsMinSize, "rewardsMinSize");
        Objects.requireNonNull(rewardsMaxSpread, "rewardsMaxSpread");
        Objects.requireNonNull(gameStartTime, "gameStartTime");
        Objects.requireNonNull(eventId, "eventId");
    }
}
