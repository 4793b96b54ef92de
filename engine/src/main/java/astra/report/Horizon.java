package astra.report;

import java.time.Duration;

/** The markout horizons of the strategy definitions: 30 s, 2 min, 10 min after a fill. */
public enum Horizon {
    S30(Duration.ofSeconds(30), "30s"),
    M2(Duration.ofMinutes(2), "2m"),
    M10(Duration.ofMinutes(10), "10m");

    private final Duration after;
    private final String label;

    Horizon(Duration after, String label) {
        this.after = after;
        this.label = label;
    }

    public Duration after() {
        return after;
    }

    /** The stable short name used in JSON keys and table headers. */
    public String label() {
        return label;
    }
}
