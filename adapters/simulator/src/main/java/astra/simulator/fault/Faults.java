package astra.simulator.fault;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fault knobs, read by the HTTP and WebSocket layers on every request or frame. Defaults are
 * all off: no delay, nothing silenced, no forced errors, no lost answers.
 */
public final class Faults {
    private final AtomicLong delayMillis = new AtomicLong();
    private final AtomicBoolean marketSilenced = new AtomicBoolean();
    private final AtomicInteger forcedCount = new AtomicInteger();
    private final AtomicInteger forcedStatus = new AtomicInteger();
    private final AtomicInteger lostOrders = new AtomicInteger();
    private final AtomicReference<LostResponse> lostHow = new AtomicReference<>(LostResponse.CLOSE_CONNECTION);
    private volatile Runnable socketDropper = () -> {};

    /** Every HTTP answer waits this long first (0 = none). */
    public void delayResponses(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("delay must not be negative: " + millis);
        }
        delayMillis.set(millis);
    }

    public long responseDelayMillis() {
        return delayMillis.get();
    }

    /** The market channel stops sending data while PING still gets PONG. */
    public void silenceMarketChannel(boolean silent) {
        marketSilenced.set(silent);
    }

    public boolean marketChannelSilenced() {
        return marketSilenced.get();
    }

    /** The next {@code count} HTTP requests are answered {@code status} (425, 429 or 5xx) unprocessed. */
    public void failNextRequests(int count, int status) {
        if (count < 0 || !(status == 425 || status == 429 || status >= 500 && status <= 599)) {
            throw new IllegalArgumentException("need count ≥ 0 and status 425, 429 or 5xx, got " + count + "/" + status);
        }
        forcedStatus.set(status);
        forcedCount.set(count);
    }

    /** Takes one forced failure if any is left: the status to answer with. */
    public Optional<Integer> takeForcedFailure() {
        int left = forcedCount.getAndUpdate(n -> n > 0 ? n - 1 : 0);
        return left > 0 ? Optional.of(forcedStatus.get()) : Optional.empty();
    }

    /** The next {@code count} accepted orders are placed, but their answers are lost {@code how}. */
    public void loseNextOrderResponses(int count, LostResponse how) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        lostHow.set(how);
        lostOrders.set(count);
    }

    /** Takes one lost answer if any is left: how to lose it. */
    public Optional<LostResponse> takeLostResponse() {
        int left = lostOrders.getAndUpdate(n -> n > 0 ? n - 1 : 0);
        return left > 0 ? Optional.of(lostHow.get()) : Optional.empty();
    }

    /** Closes every open WebSocket now (clients see an abrupt close and must reconnect). */
    public void dropAllSockets() {
        socketDropper.run();
    }

    /** Installed by the server: how to drop every socket. */
    public void onDropSockets(Runnable dropper) {
        this.socketDropper = dropper;
    }

    /** Everything off again. */
    public void clear() {
        delayMillis.set(0);
        marketSilenced.set(false);
        forcedCount.set(0);
        lostOrders.set(0);
    }
}
