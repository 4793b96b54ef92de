package astra.domain;

import java.util.Objects;

/** A group of markets whose outcomes move together (an event; a negRisk event is one cluster). */
public record ClusterId(String value) implements Comparable<ClusterId> {
    public ClusterId {
        Objects.requireNonNull(value, "cluster id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("cluster id must not be blank");
        }
    }

    @Override
    public int compareTo(ClusterId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
