package astra.domain;

/** The two outcomes of a binary market. Inventory is measured as YES minus NO. */
public enum Outcome {
    YES,
    NO;

    public Outcome opposite() {
        return this == YES ? NO : YES;
    }
}
