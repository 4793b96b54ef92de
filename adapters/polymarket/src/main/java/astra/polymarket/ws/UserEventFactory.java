package astra.polymarket.ws;

import static astra.polymarket.ws.JsonValues.constant;
import static astra.polymarket.ws.JsonValues.optional;
import static astra.polymarket.ws.JsonValues.optionalInt;
import static astra.polymarket.ws.JsonValues.optionalShares;
import static astra.polymarket.ws.JsonValues.optionalTime;
import static astra.polymarket.ws.JsonValues.price;
import static astra.polymarket.ws.JsonValues.require;
import static astra.polymarket.ws.JsonValues.shares;
import static astra.polymarket.ws.JsonValues.side;
import static astra.polymarket.ws.JsonValues.time;

import astra.domain.ConditionId;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.OrderType;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds user channel events from a read {@link UserFields}. Times arrive in seconds or
 * milliseconds depending on the field and the message ({@link astra.polymarket.json.EpochText}).
 */
final class UserEventFactory {

    WsMessage build(UserFields f) {
        String eventType = eventType(f);
        return switch (eventType) {
            case "order" -> order(f);
            case "trade" -> trade(f);
            default -> new UnknownEvent(eventType);
        };
    }

    /**
     * The event type, or when the venue left it out (captured order messages without
     * {@code event_type} exist), the one its {@code type} implies: PLACEMENT, UPDATE and
     * CANCELLATION are order events, TRADE a trade event.
     */
    private static String eventType(UserFields f) {
        String eventType = f.get("event_type");
        if (!JsonValues.isBlank(eventType)) {
            return eventType;
        }
        String type = f.get("type");
        if (type != null) {
            for (OrderEventType t : OrderEventType.values()) {
                if (t.name().equalsIgnoreCase(type.trim())) {
                    return "order";
                }
            }
            if ("TRADE".equalsIgnoreCase(type.trim())) {
                return "trade";
            }
        }
        throw new DecodeException(DecodeFailure.MISSING_EVENT_TYPE, "no event_type, and no type that implies one");
    }

    private static OrderMessage order(UserFields f) {
        String statusText = require(f.get("status"), "order.status");
        VenueOrderStatus.Parsed status = VenueOrderStatus.parse(statusText)
                .orElseThrow(() -> DecodeException.invalid("order.status", "unknown status '" + statusText + "'"));
        String orderType = f.get("order_type");
        List<TradeId> trades = new ArrayList<>(f.associateTrades.size());
        f.associateTrades.forEach(t -> trades.add(new TradeId(t)));
        return new OrderMessage(
                new OrderId(require(f.get("id"), "order.id")),
                new ConditionId(require(f.get("market"), "order.market")),
                new TokenId(require(f.get("asset_id"), "order.asset_id")),
                side(f.get("side"), "order.side"),
                price(f.get("price"), "order.price"),
                shares(f.get("original_size"), "order.original_size"),
                optionalShares(f.get("size_matched"), "order.size_matched"),
                constant(OrderEventType.class, f.get("type"), "order.type"),
                status.status(),
                status.reason(),
                JsonValues.isBlank(orderType) ? Optional.empty()
                        : Optional.of(constant(OrderType.class, orderType, "order.order_type")),
                optional(f.get("outcome")),
                optional(f.get("owner")),
                optional(f.get("maker_address")),
                trades,
                optionalTime(f.get("created_at"), "order.created_at"),
                expiration(f.get("expiration")),
                time(f.get("timestamp"), "order.timestamp"));
    }

    /** "0" (and blank) mean the order does not expire. */
    private static Optional<Instant> expiration(String value) {
        if (JsonValues.isBlank(value) || "0".equals(value.trim())) {
            return Optional.empty();
        }
        return Optional.of(time(value, "order.expiration"));
    }

    private static TradeMessage trade(UserFields f) {
        List<MakerLeg> legs = new ArrayList<>(f.legs.size());
        for (int i = 0; i < f.legs.size(); i++) {
            legs.add(leg(f.legs.get(i), "trade.maker_orders[" + i + "]"));
        }
        return new TradeMessage(
                new TradeId(require(f.get("id"), "trade.id")),
                new ConditionId(require(f.get("market"), "trade.market")),
                new TokenId(require(f.get("asset_id"), "trade.asset_id")),
                side(f.get("side"), "trade.side"),
                price(f.get("price"), "trade.price"),
                shares(f.get("size"), "trade.size"),
                constant(TradeStatus.class, f.get("status"), "trade.status"),
                constant(Liquidity.class, f.get("trader_side"), "trade.trader_side"),
                new OrderId(require(f.get("taker_order_id"), "trade.taker_order_id")),
                optional(f.get("maker_address")),
                optional(f.get("outcome")),
                optionalInt(f.get("fee_rate_bps"), "trade.fee_rate_bps"),
                legs,
                optionalTime(f.get("match_time"), "trade.match_time"),
                optionalTime(f.get("last_update"), "trade.last_update"),
                optional(f.get("transaction_hash")),
                optional(f.get("owner")),
                time(f.get("timestamp"), "trade.timestamp"));
    }

    private static MakerLeg leg(Map<String, String> leg, String where) {
        String side = leg.get("side");
        return new MakerLeg(
                new OrderId(require(leg.get("order_id"), where + ".order_id")),
                new TokenId(require(leg.get("asset_id"), where + ".asset_id")),
                price(leg.get("price"), where + ".price"),
                shares(leg.get("matched_amount"), where + ".matched_amount"),
                JsonValues.isBlank(side) ? Optional.empty() : Optional.of(side(side, where + ".side")),
                optional(leg.get("maker_address")),
                optional(leg.get("owner")),
                optional(leg.get("outcome")),
                optionalInt(leg.get("fee_rate_bps"), where + ".fee_rate_bps"));
    }
}
