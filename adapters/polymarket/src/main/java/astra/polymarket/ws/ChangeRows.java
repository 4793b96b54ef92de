package astra.polymarket.ws;

import astra.domain.Side;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reusable scratch for the rows of {@code changes[]} or {@code price_changes[]}: prices and sizes
 * as micros in primitive arrays, read straight from the parser's text buffer; token ids and sides
 * interned. The field paths that name a value in an error ({@code price_changes[1].size}) are
 * built once per row position and kept, not concatenated for every value read.
 */
final class ChangeRows {
    static final long ABSENT = -1;
    private static final String[] MEMBERS = {"", ".asset_id", ".price", ".size", ".side", ".hash", ".best_bid",
        ".best_ask"};
    private static final int ROW = 0;
    private static final int ASSET = 1;
    private static final int PRICE = 2;
    private static final int SIZE = 3;
    private static final int SIDE = 4;
    private static final int HASH = 5;
    private static final int BEST_BID = 6;
    private static final int BEST_ASK = 7;

    private final TextIntern intern;
    private String pathsField;
    private String[][] paths = new String[8][];

    String[] assets = new String[8];
    long[] prices = new long[8];
    long[] sizes = new long[8];
    Side[] sides = new Side[8];
    String[] hashes = new String[8];
    long[] bestBids = new long[8];
    long[] bestAsks = new long[8];
    int count;

    ChangeRows(TextIntern intern) {
        this.intern = intern;
    }

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
            readRow(p, paths(field, count));
        }
    }

    private void readRow(JsonParser p, String[] path) throws IOException {
        int r = addRow();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "asset_id" -> assets[r] = intern.scalar(p, path[ASSET]);
                case "price" -> prices[r] = JsonValues.micros(p, path[PRICE]);
                case "size" -> sizes[r] = JsonValues.micros(p, path[SIZE]);
                case "side" -> sides[r] = JsonValues.side(intern.scalar(p, path[SIDE]), path[SIDE]);
                case "hash" -> hashes[r] = JsonValues.scalar(p, path[HASH]);
                case "best_bid" -> bestBids[r] = optionalMicros(p, path[BEST_BID]);
                case "best_ask" -> bestAsks[r] = optionalMicros(p, path[BEST_ASK]);
                default -> p.skipChildren();
            }
        }
        if (prices[r] == ABSENT) {
            throw DecodeException.missing(path[PRICE]);
        }
        if (sizes[r] == ABSENT) {
            throw DecodeException.missing(path[SIZE]);
        }
        if (sides[r] == null) {
            throw DecodeException.missing(path[SIDE]);
        }
    }

    /** {@code field[row]} and {@code field[row].member} for every member, built once and kept. */
    private String[] paths(String field, int row) {
        if (!field.equals(pathsField)) {
            Arrays.fill(paths, null);
            pathsField = field;
        }
        if (row >= paths.length) {
            paths = Arrays.copyOf(paths, Math.max(row + 1, paths.length * 2));
        }
        String[] path = paths[row];
        if (path == null) {
            String where = field + "[" + row + "]";
            path = new String[MEMBERS.length];
            for (int m = 0; m < MEMBERS.length; m++) {
                path[m] = where + MEMBERS[m];
            }
            paths[row] = path;
        }
        return path;
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
