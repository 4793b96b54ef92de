package astra.runtime;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** The session's running counts for the progress line; written by several threads, all atomic. */
public final class SessionStats {
    private final AtomicLong quotesSent = new AtomicLong();
    private final AtomicLong refusals = new AtomicLong();
    private final AtomicLong cancels = new AtomicLong();
    private final AtomicLong fills = new AtomicLong();
    private final AtomicLong cycles = new AtomicLong();
    private final AtomicReference<String> activeMarkets = new AtomicReference<>("0");

    public void quoteSent() {
        quotesSent.incrementAndGet();
    }

    public void refused() {
        refusals.incrementAndGet();
    }

    public void cancelled(int n) {
        cancels.addAndGet(n);
    }

    public void fill() {
        fills.incrementAndGet();
    }

    public void cycle() {
        cycles.incrementAndGet();
    }

    public void activeMarkets(int active, int total) {
        activeMarkets.set(active + "/" + total);
    }

    public long quotesSent() {
        return quotesSent.get();
    }

    public long refusals() {
        return refusals.get();
    }

    public long cancels() {
        return cancels.get();
    }

    public long fills() {
        return fills.get();
    }

    public long cycles() {
        return cycles.get();
    }

    public String activeMarkets() {
        return activeMarkets.get();
    }
}
