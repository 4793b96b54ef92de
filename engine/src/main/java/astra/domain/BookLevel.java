package astra.domain;

import java.util.Objects;

/** One price level of a book: the price and the total size resting there. */
public record BookLevel(Price price, Shares size) {
    public BookLevel {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
    }
}
