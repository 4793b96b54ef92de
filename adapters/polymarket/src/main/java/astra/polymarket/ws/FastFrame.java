package astra.polymarket.ws;

import astra.domain.Side;
import astra.domain.TokenId;
import astra.market.PriceLevels;
import java.util.Arrays;

/**
 * Reusable scratch for one frame read by {@link FastFrameReader}: its book-changing messages in
 * order, the rows of its price changes in primitive arrays, and one pair of level builders per
 * snapshot. Nothing in it is applied until the whole frame has been read, so a frame the fast
 * path gives up on has changed nothing. Grows to the largest frame seen and is then reused.
 */
final class FastFrame {
    static final int BOOK = 1;
    static final int PRICE_CHANGE = 2;

    int messages;
    int[] kinds = new int[4];
    long[] millis = new long[4];
    TokenId[] bookTokens = new TokenId[4];
    int[] rowStarts = new int[4];
    int[] rowEnds = new int[4];
    PriceLevels.Builder[] bids = new PriceLevels.Builder[4];
    PriceLevels.Builder[] asks = new PriceLevels.Builder[4];

    int rows;
    TokenId[] rowTokens = new TokenId[8];
    Side[] rowSides = new Side[8];
    long[] rowPrices = new long[8];
    long[] rowSizes = new long[8];

    void reset() {
        messages = 0;
        rows = 0;
    }

    /** Starts a message; its kind and time are set once it has been read whole. */
    int addMessage() {
        if (messages == kinds.length) {
            int n = messages * 2;
            kinds = Arrays.copyOf(kinds, n);
            millis = Arrays.copyOf(millis, n);
            bookTokens = Arrays.copyOf(bookTokens, n);
            rowStarts = Arrays.copyOf(rowStarts, n);
            rowEnds = Arrays.copyOf(rowEnds, n);
            bids = Arrays.copyOf(bids, n);
            asks = Arrays.copyOf(asks, n);
        }
        int m = messages++;
        if (bids[m] == null) {
            bids[m] = PriceLevels.builder();
            asks[m] = PriceLevels.builder();
        }
        bids[m].reset();
        asks[m].reset();
        bookTokens[m] = null;
        rowStarts[m] = rows;
        rowEnds[m] = rows;
        return m;
    }

    /** Ends message {@code m}, read whole: its rows are those added since it started. */
    void finishMessage(int m, int kind, long venueMillis, TokenId bookToken) {
        kinds[m] = kind;
        millis[m] = venueMillis;
        bookTokens[m] = bookToken;
        rowEnds[m] = rows;
    }

    void addRow(TokenId token, Side side, long priceMicros, long sizeMicros) {
        if (rows == rowPrices.length) {
            int n = rows * 2;
            rowTokens = Arrays.copyOf(rowTokens, n);
            rowSides = Arrays.copyOf(rowSides, n);
            rowPrices = Arrays.copyOf(rowPrices, n);
            rowSizes = Arrays.copyOf(rowSizes, n);
        }
        rowTokens[rows] = token;
        rowSides[rows] = side;
        rowPrices[rows] = priceMicros;
        rowSizes[rows] = sizeMicros;
        rows++;
    }
}
