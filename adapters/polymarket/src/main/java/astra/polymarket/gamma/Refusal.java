package astra.polymarket.gamma;

import java.util.Objects;

/** A Gamma market left out of the catalog, and why (unreadable, or not tradable as published). */
public record Refusal(String market, String reason) {
    public Refusal {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(reason, "reason");
    }
}
