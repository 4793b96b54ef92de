package astra.strategy.parity;

import astra.domain.Shares;
import astra.domain.Usd;
import java.util.Objects;

/**
 * Both legs of a parity trade at the touch priced net of taker fees: the pairs traded and what the
 * trade earns (see {@link ParityOpportunity#edgeTotal()}), before any edge threshold.
 */
record PricedPair(Shares size, Usd edge) {
    PricedPair {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(edge, "edge");
    }
}
