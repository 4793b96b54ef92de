package astra.simulator.matching;

/**
 * An accepted order as the venue tracks it. Mutable, and owned by the venue's single matching
 * thread: the book reads its remaining size, the executor changes it. Orders are kept after they
 * leave the book so that cancels can answer and a FAILED trade can restore a maker (a simulated
 * crowd's only until none of their trades can still fail: see the venue's {@code VenueState}).
 */
public final class BookOrder {
    /** Where the order stands on the venue. */
    public enum State { OPEN, FILLED, CANCELED }

    private final String orderId;
    private final String conditionId;
    private final OrderRequest request;
    private final long sequence;
    private final long createdMillis;
    private long remainingMicros;
    private long matchedMicros;
    private State state = State.OPEN;
    private boolean resting;

    public BookOrder(String orderId, String conditionId, OrderRequest request, long sequence, long createdMillis) {
        this.orderId = orderId;
        this.conditionId = conditionId;
        this.request = request;
        this.sequence = sequence;
        this.createdMillis = createdMillis;
        this.remainingMicros = request.sizeMicros();
    }

    public String orderId() { return orderId; }
    public String conditionId() { return conditionId; }
    public OrderRequest request() { return request; }
    public String owner() { return request.owner(); }
    public String tokenId() { return request.tokenId(); }
    public Side side() { return request.side(); }
    public long price() { return request.priceMicros(); }
    /** Venue-wide arrival order; lower is older and fills first at equal price. */
    public long sequence() { return sequence; }
    public long createdMillis() { return createdMillis; }
    public long remaining() { return remainingMicros; }
    public long matched() { return matchedMicros; }
    public State state() { return state; }
    /** Whether it currently sits on a book (a taker's resting remainder included). */
    public boolean resting() { return resting; }

    void markResting(boolean onBook) { this.resting = onBook; }

    /** Records a fill of {@code size}; the order is FILLED when nothing remains. */
    public void fill(long size) {
        if (size <= 0 || size > remainingMicros) {
            throw new IllegalStateException("fill " + size + " exceeds remaining " + remainingMicros + " of " + orderId);
        }
        remainingMicros -= size;
        matchedMicros += size;
        if (remainingMicros == 0) {
            state = State.FILLED;
        }
    }

    /**
     * Undoes a fill of {@code size} (a FAILED trade). Restored, the size can trade again and a
     * FILLED order is OPEN again; not restored, the size is simply no longer matched, and a FILLED
     * order becomes CANCELED (nothing of it is open, and not all of it traded).
     */
    public void unfill(long size, boolean restoreRemaining) {
        if (size <= 0 || size > matchedMicros) {
            throw new IllegalStateException("unfill " + size + " exceeds matched " + matchedMicros + " of " + orderId);
        }
        matchedMicros -= size;
        if (restoreRemaining) {
            remainingMicros += size;
            if (state == State.FILLED) {
                state = State.OPEN;
            }
        } else if (state == State.FILLED) {
            state = State.CANCELED;
        }
    }

    /** Cancels whatever remains. */
    public void cancel() {
        state = State.CANCELED;
    }

    public boolean open() {
        return state == State.OPEN;
    }
}
