/**
 * The venue's HTTP face on Vert.x Web: CLOB REST paths (orders, cancels, reads, heartbeats, API
 * keys), Gamma market metadata, the data-API positions, a minimal Polygon JSON-RPC, and the
 * simulator's own admin endpoints under {@code /_sim}.
 *
 * <p>Invariants: handlers parse and check on the HTTP thread and hand all venue work to the venue
 * thread; every error is {@code {"error": "..."}} with the venue's status codes (400, 401, 404,
 * 425, 429, 500, 503); trading paths are refused with 401 unless their L2 headers verify.
 */
package astra.simulator.http;
