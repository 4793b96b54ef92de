package astra.domain;

/** Astra's own id of an order intent, known before the venue answers. */
public record ClientOrderId(String value) {
    public ClientOrderId {
        Ids.require(value, "client order id");
    }

    @Override
    public String toString() {
        return value;
    }
}
