package astra.polymarket.ws;

import java.util.Optional;

/**
 * An order's status as the user channel reports it. The venue sometimes appends a reason to a
 * status ({@code CANCELED_order couldn't be fully filled...}); {@link #parse} splits it off.
 * {@code CANCELED_MARKET_RESOLVED} is a status of its own and is matched whole first.
 */
public enum VenueOrderStatus {
    LIVE,
    MATCHED,
    DELAYED,
    UNMATCHED,
    CANCELED,
    CANCELED_MARKET_RESOLVED,
    INVALID;

    /** A status with the reason the venue appended after an underscore, if any. */
    public record Parsed(VenueOrderStatus status, Optional<String> reason) {}

    /** Parses the venue's text; empty when it is neither a known status nor one with a suffix. */
    public static Optional<Parsed> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        VenueOrderStatus best = null;
        for (VenueOrderStatus s : values()) {
            if (s.name().equalsIgnoreCase(t)) {
                return Optional.of(new Parsed(s, Optional.empty()));
            }
            boolean prefixed = t.length() > s.name().length() + 1
                    && t.regionMatches(true, 0, s.name() + "_", 0, s.name().length() + 1);
            if (prefixed && (best == null || s.name().length() > best.name().length())) {
                best = s;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(best, Optional.of(t.substring(best.name().length() + 1))));
    }
}
