package astra.strategy.markout;

import java.time.Duration;

/** The horizons markouts are measured at. */
public enum MarkoutHorizon {
    SECONDS_30(Duration.ofSeconds(30)),
    MINUTES_2(Duration.ofMinutes(2)),
    MINUTES_10(Duration.ofMinutes(10));

    private final Duration duration;

    MarkoutHorizon(Duration duration) {
        this.duration = duration;
    }

    public Duration duration() {
        return duration;
    }
}
