package astra.strategy.quote;

import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import java.util.Objects;

/** What one of our quotes looks like on the venue now: token, side, price and remaining size. */
public record RestingQuote(TokenId token, Side side, Price price, Shares remaining) {
    public RestingQuote {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(remaining, "remaining");
    }
}
