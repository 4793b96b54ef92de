package astra.simulator.wire;

import astra.simulator.event.BookSnapshot;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.PriceLevel;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Books as the venue writes them: bids ascending and asks descending, so the best level is the
 * LAST element of each array (as in every real capture); {@code hash} is the SHA-1 of the compact
 * summary JSON with hash "" in the venue's key order.
 */
public final class BookJson {
    private BookJson() {}

    /** GET /book: market, asset_id, timestamp, hash, bids, asks, min_order_size, tick_size, neg_risk, last_trade_price. */
    public static JsonObject rest(BookSnapshot book, long minOrderSizeMicros, boolean negRisk, Long lastTradeMicros) {
        JsonObject o = new JsonObject()
                .put("market", book.conditionId())
                .put("asset_id", book.tokenId())
                .put("timestamp", Long.toString(book.timestampMillis()))
                .put("hash", "")
                .put("bids", levels(book.bids()))
                .put("asks", levels(book.asks()))
                .put("min_order_size", Amounts.format(minOrderSizeMicros))
                .put("tick_size", Amounts.format(book.tickMicros()))
                .put("neg_risk", negRisk);
        if (lastTradeMicros != null) {
            o.put("last_trade_price", Amounts.format(lastTradeMicros));
        }
        return o.put("hash", sha1(o.encode()));
    }

    /** The market channel's {@code book} message. */
    public static JsonObject ws(BookSnapshot book, long minOrderSizeMicros, boolean negRisk) {
        JsonObject summary = rest(book, minOrderSizeMicros, negRisk, null);
        return new JsonObject()
                .put("event_type", "book")
                .put("asset_id", book.tokenId())
                .put("market", book.conditionId())
                .put("bids", summary.getJsonArray("bids"))
                .put("asks", summary.getJsonArray("asks"))
                .put("tick_size", summary.getString("tick_size"))
                .put("timestamp", summary.getString("timestamp"))
                .put("hash", summary.getString("hash"));
    }

    /** Levels come best first from the core; the wire lists them worst first. */
    static JsonArray levels(List<PriceLevel> bestFirst) {
        JsonArray out = new JsonArray();
        for (int i = bestFirst.size() - 1; i >= 0; i--) {
            PriceLevel l = bestFirst.get(i);
            out.add(new JsonObject().put("price", Amounts.format(l.priceMicros())).put("size", Amounts.format(l.sizeMicros())));
        }
        return out;
    }

    static String sha1(String text) {
        return HexFormat.of().formatHex(SHA1.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** One digest per thread: looking SHA-1 up for each of the market channel's frames is costly. */
    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is unavailable", e);
        }
    });
}
