package astra.polymarket.ws;

import astra.domain.Side;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reusable scratch for the rows of {@code changes[]} or {@code price_changes[]}: prices and sizes
 * as micros in primitive arrays, read straight from the parser's text buffer.
 */
final class ChangeRows {
    static final long ABSENT = -1;

    String[] assets = new String[8];
    long[] prices = new long[8];
    long[] sizes = new long[8];
    Side[] sides = new Side[8];
    String[] hashes = new String[8];
    long[] bestBids = new long[8];
    long[] bestAsks = new long[8];
    int count;

    void reset() {
        count = 0;
    }

    /** Reads an array of change objects at the parser's current token; JSON null reads as none. */
    void read(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw DecodeException.invalid(field, "expected an array");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw DecodeException.invalid(field, "expected objects in the array");
            }
            readRow(p, field + "[" + count + "]");
        }
    }

    private void readRow(JsonParser p, String where) throws IOException {
        int r = addRow();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "asset_id" -> assets[r] = JsonValues.scalar(p, where + ".asset_id");
                case "price" -> prices[r] = JsonValues.micros(p, where + ".price");
                case "size" -> sizes[r] = JsonValues.micros(p, where + ".size");
                case "side" -> sides[r] = JsonValues.side(JsonValues.scalar(p, where + ".side"), where + ".side");
                case "hash" -> hashes[r] = JsonValues.scalar(p, where + ".hash");
                case "best_bid" -> bestBids[r] = optionalMicros(p, where + ".best_bid");
                case "best_ask" -> bestAsks[r] = optionalMicros(p, where + ".best_ask");
                default -> p.skipChildren();
            }
        }
        if (prices[r] == ABSENT) {
            throw DecodeException.missing(where + ".price");
        }
        if (sizes[r] == ABSENT) {
            throw DecodeException.missing(where + ".size");
        }
        if (sides[r] == null) {
            throw DecodeException.missing(where + ".side");
        }
    }

    private static long optionalMicros(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL || p.getTextLength() == 0) {
            return ABSENT;
        }
        return JsonValues.micros(p, field);
    }

    private int addRow() {
        if (count == prices.length) {
            int n = count * 2;
            assets = Arrays.copyOf(assets, n);
            prices = Arrays.copyOf(prices, n);
            sizes = Arrays.copyOf(sizes, n);
            sides = Arrays.copyOf(sides, n);
            hashes = Arrays.copyOf(hashes, n);
            bestBids = Arrays.copyOf(bestBids, n);
            bestAsks = Arrays.copyOf(bestAsks, n);
        }
        int r = count++;
        assets[r] = null;
        prices[r] = ABSENT;
        sizes[r] = ABSENT;
        sides[r] = null;
        hashes[r] = null;
        bestBids[r] = ABSENT;
        bestAsks[r] = ABSENT;
        return r;
    }
}
