package astra.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of one token's order book, levels best first (bids descending, asks
 * ascending) whatever order the venue sent them in. {@code epoch} counts book restarts, e.g. after
 * a tick size change, so that a consumer can tell two snapshots of different regimes apart.
 */
public record Book(TokenId token, List<BookLevel> bids, List<BookLevel> asks, TickSize tickSize,
        long epoch, Instant asOf) {

    public Book {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(asOf, "asOf");
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
        requireSorted(bids, true);
        requireSorted(asks, false);
    }

    public Optional<BookLevel> bestBid() {
        return bids.isEmpty() ? Optional.empty() : Optional.of(bids.get(0));
    }

    public Optional<BookLevel> bestAsk() {
        return asks.isEmpty() ? Optional.empty() : Optional.of(asks.get(0));
    }

    public boolean isCrossed() {
        return !bids.isEmpty() && !asks.isEmpty()
                && bids.get(0).price().compareTo(asks.get(0).price()) >= 0;
    }

    private static void requireSorted(List<BookLevel> levels, boolean descending) {
        for (int i = 1; i < levels.size(); i++) {
            int c = levels.get(i - 1).price().compareTo(levels.get(i).price());
            if (descending ? c <= 0 : c >= 0) {
                throw new IllegalArgumentException("book levels not best first at index " + i);
            }
        }
    }
}
