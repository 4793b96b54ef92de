package astra.strategy.quote;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Outcome;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.execution.GtdExpiration;
import java.util.Objects;
import java.util.Optional;

/**
 * One quote the maker wants resting: always postOnly GTD.
 *
 * @param role bid or ask in YES terms
 * @param outcome, token, side, price what the venue order carries (an ASK may be a BUY of NO)
 * @param yesPrice the quote's price in YES terms: {@code price} for YES orders, 1 − price for NO
 * @param expiration from {@link astra.execution.GtdExpiry}, capped at the market's close
 */
public record TargetQuote(
        ConditionId market,
        QuoteRole role,
        Outcome outcome,
        TokenId token,
        Side side,
        Price price,
        Price yesPrice,
        Shares size,
        TickSize tickSize,
        GtdExpiration expiration) {

    public TargetQuote {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(yesPrice, "yesPrice");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(expiration, "expiration");
        if (size.isZero()) {
            throw new IllegalArgumentException("a target quote has a positive size");
        }
        Price expectedYes = outcome == Outcome.YES ? price : price.complement();
        if (!expectedYes.equals(yesPrice)) {
            throw new IllegalArgumentException("yesPrice " + yesPrice + " does not match " + outcome + " " + price);
        }
    }

    public boolean postOnly() {
        return true;
    }

    public OrderType type() {
        return OrderType.GTD;
    }

    /** The order intent for the executor (which validates tick, range, postOnly and GTD again). */
    public OrderIntent toIntent(ClientOrderId clientOrderId, String reason) {
        return new OrderIntent(clientOrderId, market, token, side, price, size, tickSize, OrderType.GTD, true,
                Optional.of(expiration.expiresAt()), reason);
    }
}
