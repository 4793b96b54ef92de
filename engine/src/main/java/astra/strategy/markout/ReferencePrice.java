package astra.strategy.markout;

import astra.domain.Price;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.Optional;

/**
 * The price a fill is marked against. By default the recorded canonical mid ({@link MidPath}); on
 * the simulator, its hidden fair value, which measures adverse selection against the truth rather
 * than against a mid that may itself lag.
 */
public interface ReferencePrice {

    /** The first reference point in [from, until], if any: a markout's price at horizon. */
    Optional<Price> firstBetween(TokenId token, Instant from, Instant until);

    /** The latest reference point at or before {@code at}: the price when a fill happened. */
    Optional<Price> latestAtOrBefore(TokenId token, Instant at);
}
