package astra.polymarket.ws;

import astra.domain.OrderId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What identifies our side of a trade: the venue ids of our orders, and/or our maker (funder)
 * address. Addresses compare case-insensitively, because the venue writes them in checksum case
 * in some places and lower case in others. Either alone suffices; both together also catch an
 * order of ours the caller did not know yet (placed by another process on the same account).
 */
public record OurOrders(Set<OrderId> orderIds, Optional<String> address) {
    public OurOrders {
        orderIds = Set.copyOf(orderIds);
        address = address.map(a -> a.trim().toLowerCase(Locale.ROOT));
        if (orderIds.isEmpty() && address.isEmpty()) {
            throw new IllegalArgumentException("give our order ids, our address, or both");
        }
    }

    public static OurOrders ofOrders(Set<OrderId> orderIds) {
        return new OurOrders(orderIds, Optional.empty());
    }

    public static OurOrders ofAddress(String address) {
        return new OurOrders(Set.of(), Optional.of(Objects.requireNonNull(address, "address")));
    }

    /** Whether an order, known by its id and the maker address it carries, is ours. */
    public boolean owns(OrderId order, Optional<String> makerAddress) {
        return orderIds.contains(order)
                || (address.isPresent() && makerAddress.isPresent()
                        && address.get().equals(makerAddress.get().trim().toLowerCase(Locale.ROOT)));
    }
}
