package astra.polymarket.ws;

/** The three shapes a {@code price_change} message has had on the venue. */
public enum PriceChangeSchema {
    /** 2024: one change in top-level asset_id, price, side, size, hash. */
    FLAT_2024,
    /** Until 2025-09-15: top-level asset_id and hash, {@code changes[{price, side, size}]}. */
    CHANGES_LEGACY,
    /** Current: {@code price_changes[{asset_id, price, size, side, hash, best_bid, best_ask}]}. */
    PRICE_CHANGES
}
