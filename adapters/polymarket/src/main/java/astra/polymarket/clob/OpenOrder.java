package astra.polymarket.clob;

import astra.domain.ConditionId;
import astra.domain.OrderId;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An order as GET /data/orders and GET /data/order/{id} report it.
 *
 * @param expiration empty for orders without one (the venue writes null or "0")
 * @param associateTrades the trades this order took part in so far
 */
public record OpenOrder(
        OrderId id,
        VenueOrderStatus status,
        ConditionId market,
        TokenId assetId,
        Side side,
        Price price,
        Shares originalSize,
        Shares sizeMatched,
        String outcome,
        OrderType orderType,
        Instant createdAt,
        Optional<Instant> expiration,
        List<TradeId> associateTrades) {

    public OpenOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(originalSize, "originalSize");
        Objects.requireNonNull(sizeMatched, "sizeMatched");
        Objects.requireNonNull(orderType, "orderType");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiration, "expiration");
        associateTrades = List.copyOf(associateTrades);
        if (sizeMatched.compareTo(originalSize) > 0) {
            throw new IllegalArgumentException("order " + id + " matched " + sizeMatched + " of " + originalSize);
        }
    }

    public Shares remaining() {
        return originalSize.minus(sizeMatched);
    }

    static OpenOrder from(JsonNode n) {
        return new OpenOrder(
                Fields.orderId(n, "id"),
                VenueOrderStatus.parse(Fields.text(n, "status")),
                Fields.conditionId(n, "market"),
                Fields.tokenId(n, "asset_id"),
                Fields.side(n, "side"),
                Fields.price(n, "price"),
                Fields.shares(n, "original_size"),
                Fields.shares(n, "size_matched"),
                Fields.optText(n, "outcome").orElse(""),
                orderType(Fields.text(n, "order_type")),
                Fields.epochSeconds(n, "created_at"),
                Fields.optEpochSeconds(n, "expiration"),
                Fields.list(n, "associate_trades", e -> new TradeId(e.asText())));
    }

    private static OrderType orderType(String text) {
        try {
            return OrderType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown order type '" + text + "'", e);
        }
    }
}
