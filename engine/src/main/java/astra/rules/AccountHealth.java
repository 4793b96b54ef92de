package astra.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The account's link to the venue at the start of a cycle, for the circuit breakers.
 *
 * @param userChannelSilence time since the last user-channel message or successful reconnect; a
 *     silent user channel means fills and order updates may be going unseen
 * @param consecutiveHeartbeatFailures dead-man heartbeats failed in a row (0 after a success)
 * @param recentErrorRate fraction of venue requests that failed (5xx, timeouts, 425) over the
 *     recent window, in [0, 1]
 */
public record AccountHealth(Duration userChannelSilence, int consecutiveHeartbeatFailures, BigDecimal recentErrorRate) {
    public AccountHealth {
        Objects.requireNonNull(userChannelSilence, "userChannelSilence");
        if (userChannelSilence.isNegative()) {
            throw new IllegalArgumentException("user channel silence must not be negative, was " + userChannelSilence);
        }
        if (consecutiveHeartbeatFailures < 0) {
            throw new IllegalArgumentException("heartbeat failures must not be negative, was "
                    + consecutiveHeartbeatFailures);
        }
        Objects.requireNonNull(recentErrorRate, "recentErrorRate");
        if (recentErrorRate.signum() < 0 || recentErrorRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("error rate must be in [0, 1], was " + recentErrorRate.toPlainString());
        }
    }

    /** A healthy account: a message just now, no failures, no errors. */
    public static AccountHealth healthy() {
        return new AccountHealth(Duration.ZERO, 0, BigDecimal.ZERO);
    }
}
