package astra.polymarket.ws;

import astra.market.PriceLevels;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reusable scratch holding every field a market channel message may carry. The venue does not put
 * {@code event_type} first, so a message is read whole into this scratch and built afterwards by
 * {@link MarketEventFactory}. Level arrays go straight into primitive builders; ids, event types
 * and sides, which every message repeats, are interned.
 */
final class MarketFields {
    String eventType;
    String market;
    String conditionId;
    String assetId;
    String price;
    String size;
    String side;
    String hash;
    String timestamp;
    String bestBid;
    String bestAsk;
    String spread;
    String oldTickSize;
    String newTickSize;
    String feeRateBps;
    String id;
    String question;
    String slug;
    String winningAssetId;
    String winningOutcome;
    String minTickSize;
    String active;
    boolean hasBids;
    boolean hasAsks;
    boolean hasChanges;
    boolean hasPriceChanges;
    final PriceLevels.Builder bids = PriceLevels.builder();
    final PriceLevels.Builder asks = PriceLevels.builder();
    final TextIntern intern = new TextIntern();
    final ChangeRows changes = new ChangeRows(intern);
    final List<String> assetIds = new ArrayList<>();
    final List<String> outcomes = new ArrayList<>();

    /** Reads the object at the parser's START_OBJECT up to its END_OBJECT. */
    void read(JsonParser p) throws IOException {
        reset();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "event_type" -> eventType = intern.scalar(p, name);
                case "market" -> market = intern.scalar(p, name);
                case "condition_id" -> conditionId = JsonValues.scalar(p, name);
                case "asset_id" -> assetId = intern.scalar(p, name);
                case "price" -> price = JsonValues.scalar(p, name);
                case "size" -> size = JsonValues.scalar(p, name);
                case "side" -> side = intern.scalar(p, name);
                case "hash" -> hash = JsonValues.scalar(p, name);
                case "timestamp" -> timestamp = JsonValues.scalar(p, name);
                case "best_bid" -> bestBid = JsonValues.scalar(p, name);
                case "best_ask" -> bestAsk = JsonValues.scalar(p, name);
                case "spread" -> spread = JsonValues.scalar(p, name);
                case "old_tick_size" -> oldTickSize = JsonValues.scalar(p, name);
                case "new_tick_size" -> newTickSize = JsonValues.scalar(p, name);
                case "fee_rate_bps" -> feeRateBps = JsonValues.scalar(p, name);
                case "id" -> id = JsonValues.scalar(p, name);
                case "question" -> question = JsonValues.scalar(p, name);
                case "slug" -> slug = JsonValues.scalar(p, name);
                case "winning_asset_id" -> winningAssetId = JsonValues.scalar(p, name);
                case "winning_outcome" -> winningOutcome = JsonValues.scalar(p, name);
                case "order_price_min_tick_size" -> minTickSize = JsonValues.scalar(p, name);
                case "active" -> active = JsonValues.scalar(p, name);
                case "bids" -> hasBids = readLevels(p, bids, name);
                case "asks" -> hasAsks = readLevels(p, asks, name);
                case "changes" -> {
                    hasChanges = true;
                    changes.read(p, name);
                }
                case "price_changes" -> {
                    hasPriceChanges = true;
                    changes.read(p, name);
                }
                case "assets_ids" -> JsonValues.strings(p, assetIds, name);
                case "outcomes" -> JsonValues.strings(p, outcomes, name);
                default -> p.skipChildren();
            }
        }
    }

    /** Reads {@code [{price, size}, ...]}; returns whether the array was present (not null). */
    private static boolean readLevels(JsonParser p, PriceLevels.Builder into, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return false;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw DecodeException.invalid(field, "expected an array");
        }
        int index = 0;
        String priceField = field + ".price";
        String sizeField = field + ".size";
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw DecodeException.invalid(field, "expected objects in the array");
            }
            long price = ChangeRows.ABSENT;
            long size = ChangeRows.ABSENT;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ("price".equals(name)) {
                    price = JsonValues.micros(p, priceField);
                } else if ("size".equals(name)) {
                    size = JsonValues.micros(p, sizeField);
                } else {
                    p.skipChildren();
                }
            }
            if (price == ChangeRows.ABSENT) {
                throw DecodeException.missing(field + "[" + index + "].price");
            }
            if (size == ChangeRows.ABSENT) {
                throw DecodeException.missing(field + "[" + index + "].size");
            }
            try {
                into.add(price, size);
            } catch (IllegalArgumentException e) {
                throw DecodeException.invalid(field + "[" + index + "]", e.getMessage());
            }
            index++;
        }
        return true;
    }

    private void reset() {
        eventType = null;
        market = null;
        conditionId = null;
        assetId = null;
        price = null;
        size = null;
        side = null;
        hash = null;
        timestamp = null;
        bestBid = null;
        bestAsk = null;
        spread = null;
        oldTickSize = null;
        newTickSize = null;
        feeRateBps = null;
        id = null;
        question = null;
        slug = null;
        winningAssetId = null;
        winningOutcome = null;
        minTickSize = null;
        active = null;
        hasBids = false;
        hasAsks = false;
        hasChanges = false;
        hasPriceChanges = false;
        bids.reset();
        asks.reset();
        changes.reset();
        assetIds.clear();
        outcomes.clear();
    }
}
