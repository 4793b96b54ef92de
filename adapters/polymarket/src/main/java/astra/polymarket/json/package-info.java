/**
 * The venue's JSON, both ways. Writing (order bodies, the book hash) uses Jackson's streaming
 * generator so that field order and number-versus-string choices are fixed by code, not by a
 * mapper's configuration; reading shares one {@link com.fasterxml.jackson.core.JsonFactory}, turns
 * exact decimal text into micros, and the venue's epoch numbers (seconds or milliseconds) into
 * milliseconds.
 *
 * <p>Invariants: the order body matches the V2 SDKs' shape field for field (salt and
 * signatureType as JSON numbers, amounts, tokenId, timestamp and expiration as decimal strings,
 * side as "BUY"/"SELL"); output is compact and is the exact string to L2-sign and send; a decimal
 * never passes through {@code double}, and a value that cannot be represented exactly in
 * millionths is refused, never rounded.
 */
package astra.polymarket.json;
