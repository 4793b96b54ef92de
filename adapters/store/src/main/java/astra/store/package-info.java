/**
 * The order store adapter: {@link astra.ports.OrderStore} over plain JDBC, its schema kept by a
 * Liquibase changelog ({@code db/changelog/db.changelog-master.yaml}). Embedded H2 in file mode
 * by default ({@link astra.store.StoreConfig#DEFAULT_URL}); PostgreSQL by JDBC URL.
 *
 * <p>Invariants: money and sizes are stored as BIGINT micros and instants as BIGINT epoch
 * nanoseconds, so what is read back equals what was written; each change is one transaction and
 * leaves nothing behind when it is refused; an order's status only moves as
 * {@link astra.domain.OrderStatus#canBecome} allows, checked against the status read
 * ({@code UPDATE ... WHERE status = old}); a fill is stored once per {@link astra.domain.FillKey};
 * an order's filled size and each position are derived from the counting (not FAILED) fills and
 * recomputed whenever those change, so a FAILED trade is undone exactly; an order never shows
 * more filled than its size, and a position never goes short. The same database keeps the run
 * records ({@link astra.ports.RunRecords}, via {@code JdbcOrderStore.runs()}), every row keyed by
 * its run id so that a shared store holds many runs. The rows read at decision cadence are served
 * from memory ({@code StoreView}), loaded at open and changed only after a write commits: the
 * store must be its database's only writer of orders, fills, positions and reservations while open.
 */
package astra.store;
