package astra.domain;

/** The venue's order types: GTC and GTD rest on the book, FOK and FAK are immediate. */
public enum OrderType {
    GTC(true),
    GTD(true),
    FOK(false),
    FAK(false);

    private final boolean rests;

    OrderType(boolean rests) {
        this.rests = rests;
    }

    /** Whether an order of this type may rest, and so whether postOnly is allowed with it. */
    public boolean rests() {
        return rests;
    }
}
