package astra.strategy.parity;

import astra.domain.Outcome;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import java.util.Objects;

/** One taker leg of a parity trade: the touch it takes, at that touch's price. */
public record ParityLeg(Outcome outcome, TokenId token, Side side, Price price, Shares size) {
    public ParityLeg {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
    }
}
