package astra.polymarket.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The venue's book hash: lower-case hex SHA-1 of the compact JSON of the summary with
 * {@code "hash": ""}, keys in the order market, asset_id, timestamp, hash, bids, asks,
 * min_order_size, tick_size, neg_risk, last_trade_price (the last omitted when absent).
 */
public final class OrderBookHash {
    private OrderBookHash() {}

    public static String of(OrderBookSummary book) {
        return sha1Hex(canonicalJson(book));
    }

    /** The exact string that is hashed. */
    public static String canonicalJson(OrderBookSummary book) {
        return OrderJson.write(g -> {
            g.writeStartObject();
            g.writeStringField("market", book.market());
            g.writeStringField("asset_id", book.assetId());
            g.writeStringField("timestamp", book.timestamp());
            g.writeStringField("hash", "");
            writeLevels(g, "bids", book.bids());
            writeLevels(g, "asks", book.asks());
            g.writeStringField("min_order_size", book.minOrderSize());
            g.writeStringField("tick_size", book.tickSize());
            g.writeBooleanField("neg_risk", book.negRisk());
            if (book.lastTradePrice() != null) {
                g.writeStringField("last_trade_price", book.lastTradePrice());
            }
            g.writeEndObject();
        });
    }

    private static void writeLevels(JsonGenerator g, String name, List<OrderBookSummary.Level> levels)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (OrderBookSummary.Level level : levels) {
            g.writeStartObject();
            g.writeStringField("price", level.price());
            g.writeStringField("size", level.size());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String sha1Hex(String text) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is unavailable", e);
        }
    }
}
