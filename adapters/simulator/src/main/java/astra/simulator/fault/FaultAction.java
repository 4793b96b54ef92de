package astra.simulator.fault;

/** One fault drill a schedule can run: what the venue does to its clients at a given time. */
public sealed interface FaultAction {
    /** Closes every open WebSocket at once. */
    record DropSockets() implements FaultAction {}

    /** The market channel sends no data for {@code forMillis} while PING still gets PONG. */
    record SilenceMarket(long forMillis) implements FaultAction {
        public SilenceMarket {
            requirePositive(forMillis, "silence length");
        }
    }

    /** Every HTTP answer waits {@code delayMillis} first, for {@code forMillis}. */
    record DelayResponses(long delayMillis, long forMillis) implements FaultAction {
        public DelayResponses {
            requirePositive(delayMillis, "delay");
            requirePositive(forMillis, "delay window");
        }
    }

    /** The next {@code count} accepted orders are placed but their answers are lost {@code how}. */
    record LoseOrderResponses(int count, LostResponse how) implements FaultAction {
        public LoseOrderResponses {
            requirePositive(count, "count");
            java.util.Objects.requireNonNull(how, "how");
        }
    }

    /** The next {@code count} HTTP requests are answered {@code status} (425, 429 or 5xx) unprocessed. */
    record FailRequests(int count, int status) implements FaultAction {
        public FailRequests {
            requirePositive(count, "count");
            if (!(status == 425 || status == 429 || status >= 500 && status <= 599)) {
                throw new IllegalArgumentException("status must be 425, 429 or 5xx, was " + status);
            }
        }
    }

    private static void requirePositive(long value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
    }
}
