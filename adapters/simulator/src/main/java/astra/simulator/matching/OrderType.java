package astra.simulator.matching;

/** The venue's time-in-force values: GTC and GTD rest, FOK and FAK are immediate. */
public enum OrderType {
    GTC,
    GTD,
    /** Fill-or-kill: all of the size now, or nothing. */
    FOK,
    /** Fill-and-kill: whatever fills now; the remainder is cancelled. */
    FAK;

    public boolean rests() {
        return this == GTC || this == GTD;
    }
}
