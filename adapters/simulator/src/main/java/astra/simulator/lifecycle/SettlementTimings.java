package astra.simulator.lifecycle;

/**
 * How long settlement steps take in virtual time.
 *
 * @param minedAfterMillis     MATCHED → MINED (or → RETRYING for a trade that will fail);
 *                             default {@value #DEFAULT_MINED_AFTER_MILLIS} ms, about one Polygon block plus relay
 * @param confirmedAfterMillis MINED → CONFIRMED; default {@value #DEFAULT_CONFIRMED_AFTER_MILLIS} ms
 * @param failedAfterMillis    RETRYING → FAILED; default {@value #DEFAULT_FAILED_AFTER_MILLIS} ms
 */
public record SettlementTimings(long minedAfterMillis, long confirmedAfterMillis, long failedAfterMillis) {
    public static final long DEFAULT_MINED_AFTER_MILLIS = 2_000;
    public static final long DEFAULT_CONFIRMED_AFTER_MILLIS = 10_000;
    public static final long DEFAULT_FAILED_AFTER_MILLIS = 6_000;

    public SettlementTimings {
        if (minedAfterMillis < 0 || confirmedAfterMillis < 0 || failedAfterMillis < 0) {
            throw new IllegalArgumentException("settlement delays must not be negative");
        }
    }

    public static SettlementTimings defaults() {
        return new SettlementTimings(DEFAULT_MINED_AFTER_MILLIS, DEFAULT_CONFIRMED_AFTER_MILLIS,
                DEFAULT_FAILED_AFTER_MILLIS);
    }
}
