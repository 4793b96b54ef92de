package astra.domain;

/** Shared checks for the typed identifiers. */
final class Ids {
    private Ids() {}

    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
