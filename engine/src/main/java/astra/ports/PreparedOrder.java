package astra.ports;

import astra.domain.OrderId;
import astra.domain.OrderIntent;

/**
 * An intent the venue adapter has signed and can send. Its venue id (the signed order's hash) is
 * known before the submit, so the order store can hold it first and an ambiguous submit can be
 * resolved by it.
 */
public interface PreparedOrder {
    OrderIntent intent();

    OrderId venueId();
}
