package astra.store;

import astra.domain.ClientOrderId;
import astra.domain.Shares;

/** Fills that would take an order's filled size beyond its size; they are refused, not clipped. */
public class FillExceedsOrderException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public FillExceedsOrderException(ClientOrderId order, Shares filled, Shares size) {
        super("fills would take order " + order + " to filled " + filled + " beyond its size " + size);
    }
}
