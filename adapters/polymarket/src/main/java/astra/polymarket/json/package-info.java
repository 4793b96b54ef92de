/**
 * Low-level reading of the venue's JSON: one shared {@link com.fasterxml.jackson.core.JsonFactory},
 * exact decimal text to micros, and the venue's epoch numbers (seconds or milliseconds) to
 * milliseconds.
 *
 * <p>Invariants: a decimal never passes through {@code double}; a value that cannot be
 * represented exactly in millionths is refused, never rounded.
 */
package astra.polymarket.json;
