package astra.polymarket.json;

import java.util.List;
import java.util.Objects;

/**
 * A book as the venue summarises and hashes it, with every number kept as the wire's text: the
 * hash covers the exact characters ("0.3", not "0.300000"), so parsing into {@code Price} first
 * would lose what is hashed.
 *
 * @param lastTradePrice null when the message carries none (older book shapes)
 */
public record OrderBookSummary(
        String market,
        String assetId,
        String timestamp,
        List<Level> bids,
        List<Level> asks,
        String minOrderSize,
        String tickSize,
        boolean negRisk,
        String lastTradePrice) {

    /** One price level, as text. */
    public record Level(String price, String size) {
        public Level {
            Objects.requireNonNull(price, "level price is missing");
            Objects.requireNonNull(size, "level size is missing");
        }
    }

    public OrderBookSummary {
        Objects.requireNonNull(market, "market is missing");
        Objects.requireNonNull(assetId, "asset_id is missing");
        Objects.requireNonNull(timestamp, "timestamp is missing");
        bids = List.copyOf(Objects.requireNonNull(bids, "bids are missing"));
        asks = List.copyOf(Objects.requireNonNull(asks, "asks are missing"));
        Objects.requireNonNull(minOrderSize, "min_order_size is missing");
        Objects.requireNonNull(tickSize, "tick_size is missing");
    }
}
