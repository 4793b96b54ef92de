package astra.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What Astra wants the venue to do: one order, before it is signed. Construction refuses the
 * combinations the venue refuses, so an invalid intent never exists:
 * postOnly only with a resting type (GTC/GTD); a GTD needs an expiration (unix seconds) and only
 * a GTD may carry one; the price must be on the market's tick.
 */
public record OrderIntent(
        ClientOrderId clientOrderId,
        ConditionId market,
        TokenId token,
        Side side,
        Price price,
        Shares size,
        TickSize tickSize,
        OrderType type,
        boolean postOnly,
        Optional<Instant> expiration,
        String reason) {

    public OrderIntent {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(reason, "reason");
        if (postOnly && !type.rests()) {
            throw new InvalidOrderException("postOnly is only valid with GTC or GTD, not " + type);
        }
        if (type == OrderType.GTD && expiration.isEmpty()) {
            throw new InvalidOrderException("a GTD order needs an expiration (unix seconds)");
        }
        if (type != OrderType.GTD && expiration.isPresent()) {
            throw new InvalidOrderException("only a GTD order carries an expiration, not " + type);
        }
        if (expiration.isPresent() && expiration.get().getNano() != 0) {
            throw new InvalidOrderException("a GTD expiration is whole unix seconds");
        }
        if (!price.isOnTick(tickSize)) {
            throw new InvalidOrderException("price " + price + " is not on tick " + tickSize);
        }
        if (price.isBelow(tickSize.minPrice()) || price.isAbove(tickSize.maxPrice())) {
            throw new InvalidOrderException("price " + price + " outside [" + tickSize.minPrice() + ", "
                    + tickSize.maxPrice() + "]");
        }
        if (size.isZero()) {
            throw new InvalidOrderException("size must be positive");
        }
    }

    /** The expiration as the venue carries it: unix seconds, 0 for orders that do not expire. */
    public long expirationUnixSeconds() {
        return expiration.map(Instant::getEpochSecond).orElse(0L);
    }
}
