/**
 * JSON the venue receives or hashes, written with Jackson's streaming generator so that field
 * order and number-versus-string choices are fixed by code, not by a mapper's configuration.
 *
 * <p>Invariants: the order body matches the V2 SDKs' shape field for field (salt and
 * signatureType as JSON numbers, amounts, tokenId, timestamp and expiration as decimal strings,
 * side as "BUY"/"SELL"); output is compact (no spaces) and is the exact string to L2-sign and send.
 */
package astra.polymarket.json;
