package astra.market;

/** What became of one level update offered to an {@link OrderBook}. */
public enum LevelUpdateResult {
    /** The level now has the new size (or is gone, for size zero). */
    APPLIED,
    /**
     * Not applied: the book is in a new epoch and has had no snapshot yet, so an incremental
     * change would be applied to a book that does not exist.
     */
    REFUSED_AWAITING_SNAPSHOT,
    /** Not applied: the price is outside [0, 1] or the size is negative. */
    REFUSED_INVALID_LEVEL
}
