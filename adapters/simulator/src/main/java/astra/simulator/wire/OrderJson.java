package astra.simulator.wire;

import astra.simulator.event.OrderEvent;
import astra.simulator.event.OrderStatus;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.OrderRequest;
import astra.simulator.venue.OrderView;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** User-channel {@code order} messages and REST order rows (GET /data/orders, /data/order/{id}). */
public final class OrderJson {
    private OrderJson() {}

    public static JsonObject message(OrderEvent e, long createdMillis, List<String> tradeIds, Names names) {
        return new JsonObject()
                .put("asset_id", e.tokenId())
                .put("associate_trades", new JsonArray(List.copyOf(tradeIds)))
                .put("created_at", Long.toString(createdMillis / 1000))
                .put("event_type", "order")
                .put("expiration", Long.toString(e.expirationSeconds()))
                .put("id", e.orderId())
                .put("maker_address", names.addressOf(e.owner()))
                .put("market", e.conditionId())
                .put("order_owner", e.owner())
                .put("order_type", e.orderType().name())
                .put("original_size", Amounts.format(e.originalSizeMicros()))
                .put("outcome", names.outcomeOf(e.tokenId()))
                .put("owner", e.owner())
                .put("price", Amounts.format(e.priceMicros()))
                .put("side", e.side().name())
                .put("size_matched", Amounts.format(e.sizeMatchedMicros()))
                .put("status", status(e))
                .put("timestamp", Long.toString(e.timestampMillis()))
                .put("type", e.type().name());
    }

    /** A REST order row; open orders are LIVE (or MATCHED once partly filled). */
    public static JsonObject row(OrderView o, List<String> tradeIds, Names names) {
        OrderRequest r = o.request();
        String status = switch (o.state()) {
            case OPEN -> o.matchedMicros() > 0 ? "MATCHED" : "LIVE";
            case FILLED -> "MATCHED";
            case CANCELED -> "CANCELED";
        };
        return new JsonObject()
                .put("associate_trades", new JsonArray(List.copyOf(tradeIds)))
                .put("id", o.orderId())
                .put("status", status)
                .put("market", o.conditionId())
                .put("original_size", Amounts.format(r.sizeMicros()))
                .put("outcome", names.outcomeOf(r.tokenId()))
                .put("maker_address", names.addressOf(r.owner()))
                .put("owner", r.owner())
                .put("price", Amounts.format(r.priceMicros()))
                .put("side", r.side().name())
                .put("size_matched", Amounts.format(o.matchedMicros()))
                .put("asset_id", r.tokenId())
                .put("expiration", Long.toString(r.expirationSeconds()))
                .put("order_type", r.type().name())
                .put("created_at", o.createdMillis() / 1000);
    }

    /**
     * A killed FOK/FAK carries the venue's reason as a status suffix ("CANCELED_order couldn't be
     * fully filled..."), as captured from the venue; other cancels are plain CANCELED.
     */
    static String status(OrderEvent e) {
        boolean killed = e.status() == OrderStatus.CANCELED && !e.orderType().rests()
                && e.sizeMatchedMicros() == 0 && !e.reason().isEmpty();
        return killed ? "CANCELED_" + e.reason() : e.status().name();
    }
}
