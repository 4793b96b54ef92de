package astra.runtime;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Whether the user channel is alive while nothing trades. The venue sends the user channel
 * nothing until an order of ours changes, so silence there is normal; what shows the channel is
 * alive is its socket: open, and answering our PINGs (or just reopened). Each check that sees a new
 * PONG or a new open counts as hearing from the channel; a closed socket counts as disconnected.
 * (The market channel is judged by data instead, since it streams all the time.)
 */
public final class UserChannelLiveness implements Runnable {
    private final FeedHealth feeds;
    private final BooleanSupplier open;
    private final LongSupplier pongs;
    private final LongSupplier opens;
    private long lastPongs;
    private long lastOpens;

    public UserChannelLiveness(FeedHealth feeds, BooleanSupplier open, LongSupplier pongs, LongSupplier opens) {
        this.feeds = Objects.requireNonNull(feeds, "feeds");
        this.open = Objects.requireNonNull(open, "open");
        this.pongs = Objects.requireNonNull(pongs, "pongs");
        this.opens = Objects.requireNonNull(opens, "opens");
    }

    @Override
    public synchronized void run() {
        long p = pongs.getAsLong();
        long o = opens.getAsLong();
        if (!open.getAsBoolean()) {
            feeds.userConnected(false);
        } else if (p > lastPongs || o > lastOpens) {
            feeds.userConnected(true);
        }
        lastPongs = p;
        lastOpens = o;
    }
}
