package astra.runtime;

import astra.domain.Book;
import astra.domain.Market;
import astra.domain.Price;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The top of a quoted market's books moved: copies of both books' near levels as the feed thread saw
 * them right after the frame that moved them, to requote that one market at once instead of at the
 * next decision tick.
 *
 * <p>Only the newest move of a market is worth deciding on: {@link #superseded()} is true once the
 * feed has sent a later one (the earlier one, still queued, is then skipped unread).
 *
 * @param frameNanos when the feed thread took the frame ({@link System#nanoTime()}), for latency probes
 */
public record BookMoved(Market market, Book yes, Book no, Optional<Price> lastTrade, Instant at, long sequence,
        AtomicLong latest, long frameNanos) {

    public BookMoved {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(yes, "yes");
        Objects.requireNonNull(no, "no");
        Objects.requireNonNull(lastTrade, "lastTrade");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(latest, "latest");
    }

    /** A later move of the same market has been sent since this one. */
    public boolean superseded() {
        return latest.get() != sequence;
    }
}
