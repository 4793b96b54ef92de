package astra.polymarket.clob;

import java.util.Locale;

/**
 * An order's status as the venue writes it: lower case in POST /order answers ("live"), upper
 * case in /data/order and on the user channel ("LIVE"), and sometimes with a reason suffix
 * ("CANCELED_FOK_NOT_FILLED"), which is read as its base status.
 */
public enum VenueOrderStatus {
    LIVE,
    MATCHED,
    /** Accepted, matching delayed (e.g. a sports market's delay). */
    DELAYED,
    /** A marketable order accepted but not (yet) matched. */
    UNMATCHED,
    CANCELED_MARKET_RESOLVED,
    CANCELED,
    INVALID;

    public static VenueOrderStatus parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("order status is empty");
        }
        String s = text.trim().toUpperCase(Locale.ROOT);
        for (VenueOrderStatus v : values()) {
            if (s.equals(v.name())) {
                return v;
            }
        }
        // Longest names come first in declaration order where prefixes overlap (CANCELED_MARKET_RESOLVED
        // before CANCELED), so a suffixed status maps to the most specific base.
        for (VenueOrderStatus v : values()) {
            if (s.startsWith(v.name() + "_")) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown order status '" + text + "'");
    }

    /** Whether the order may still rest on the book. */
    public boolean mayRest() {
        return this == LIVE || this == DELAYED || this == UNMATCHED;
    }
}
