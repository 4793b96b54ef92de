package astra.polymarket.ws;

/**
 * Counts of what a decoder produced, by kind and by failure reason. Owned by the decoder's thread
 * like the decoder itself; read it from there (or copy it at decision cadence).
 */
public final class DecodeCounters {
    private final long[] failures = new long[DecodeFailure.values().length];
    private long events;
    private long controlFrames;
    private long unknownEvents;

    void count(WsMessage message) {
        if (message instanceof DecodeError error) {
            failures[error.reason().ordinal()]++;
        } else if (message instanceof ControlFrame) {
            controlFrames++;
        } else if (message instanceof UnknownEvent) {
            unknownEvents++;
        } else {
            events++;
        }
    }

    /** An event delivered without a message object (the books' fast path). */
    void countEvent() {
        events++;
    }

    public long failures(DecodeFailure reason) {
        return failures[reason.ordinal()];
    }

    public long totalFailures() {
        long sum = 0;
        for (long f : failures) {
            sum += f;
        }
        return sum;
    }

    public long events() {
        return events;
    }

    public long controlFrames() {
        return controlFrames;
    }

    public long unknownEvents() {
        return unknownEvents;
    }
}
