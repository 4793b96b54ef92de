package astra.polymarket.ws;

import astra.domain.ConditionId;
import astra.domain.OrderId;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user channel {@code order} message. {@code sizeMatched} is empty when the venue left it blank
 * (seen on killed FOK orders) rather than guessed as zero; {@code expiration} is empty for "0"
 * (no expiry). {@code statusReason} is the suffix of a {@code STATUS_reason} status.
 */
public record OrderMessage(
        OrderId id,
        ConditionId market,
        TokenId asset,
        Side side,
        Price price,
        Shares originalSize,
        Optional<Shares> sizeMatched,
        OrderEventType type,
        VenueOrderStatus status,
        Optional<String> statusReason,
        Optional<OrderType> orderType,
        Optional<String> outcome,
        Optional<String> owner,
        Optional<String> makerAddress,
        List<TradeId> associateTrades,
        Optional<Instant> createdAt,
        Optional<Instant> expiration,
        Instant timestamp) implements UserEvent {

    public OrderMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(originalSize, "originalSize");
        Objects.requireNonNull(sizeMatched, "sizeMatched");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusReason, "statusReason");
        Objects.requireNonNull(orderType, "orderType");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(makerAddress, "makerAddress");
        associateTrades = List.copyOf(associateTrades);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
