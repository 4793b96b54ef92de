/**
 * The venue's CLOB REST API as typed calls: posting and cancelling orders, reading open orders,
 * trades, books and market parameters, resolving submits whose outcome is unknown, and the
 * dead-man heartbeat.
 *
 * <p>Invariants: every request carries L2 headers whose HMAC covers exactly the body string that
 * is sent; prices and sizes are parsed from the wire's text into {@code Price}/{@code Shares} or
 * {@code BigDecimal}, never through a double; a malformed answer becomes a
 * {@link astra.polymarket.clob.MalformedAnswerException} (counted), never a
 * NullPointerException or a silent default; "not found" for an order means "not active", never
 * "never existed", and an ambiguous submit is never assumed rejected.
 */
package astra.polymarket.clob;
