package astra.runtime;

import java.util.Set;

/**
 * A market-channel connection dropped: its assets' books miss every change until the reconnect's
 * snapshots arrive. Sent through the market feed's queue so that the feed thread, which owns the
 * books, is the one that invalidates them.
 */
public record FeedDropped(Set<String> assets) {
    public FeedDropped {
        assets = Set.copyOf(assets);
    }
}
