package astra.execution.firewall;

import astra.domain.Market;
import astra.domain.OrderIntent;
import java.util.Objects;

/** One intent for the firewall, with the market as the caller knows it now and the caller's permissions. */
public record OrderRequest(OrderIntent intent, Market market, OrderPermissions permissions) {
    public OrderRequest {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(permissions, "permissions");
    }
}
