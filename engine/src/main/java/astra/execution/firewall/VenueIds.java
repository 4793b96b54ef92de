package astra.execution.firewall;

import astra.domain.OrderId;
import java.util.Locale;

/** Venue ids are hex hashes the venue may echo in another letter case: compare them case-insensitively. */
final class VenueIds {
    private VenueIds() {}

    static String key(OrderId id) {
        return id.value().toLowerCase(Locale.ROOT);
    }
}
