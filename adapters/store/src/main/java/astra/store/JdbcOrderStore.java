package astra.store;

import static astra.store.Jdbc.UNIQUE_VIOLATION;
import static astra.store.Jdbc.conflictIf;
import static astra.store.Jdbc.first;
import static astra.store.Jdbc.insert;
import static astra.store.Jdbc.query;
import static astra.store.Jdbc.requireOneRow;
import static astra.store.Jdbc.update;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.DecisionRecord;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Order;
import astra.domain.OrderId;
import astra.domain.OrderStatus;
import astra.domain.Position;
import astra.domain.Reservation;
import astra.domain.Shares;
import astra.domain.TokenId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.portfolio.PositionLedger;
import astra.ports.OrderStore;
import astra.ports.RunRecords;
import astra.store.Jdbc.Tx;
import astra.store.Rows.Versioned;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The order store over plain JDBC: one connection ({@link Jdbc}), one transaction per change.
 * The rows read at decision cadence (unsettled orders, positions, reservations, fills by key) are
 * served from a {@link StoreView} kept in step with the store's own committed writes, which
 * assumes the store is its database's only writer of them while it is open (another writer's
 * changes show in {@link #find}, {@link #fills} and after a reopen, not in those reads).
 * Every row that changes is updated with a check of what was read ({@code WHERE status = ? AND
 * version = ?});
 * when another writer got there first the whole change is rolled back and redone from what is
 * now committed, so two writers never both move an order and a position is never computed from
 * a stale set of fills.
 */
public final class JdbcOrderStore implements OrderStore {
    private static final String COUNTS = "trade_status <> '" + TradeStatus.FAILED.name() + "'";
    private static final String UNSETTLED = Arrays.stream(OrderStatus.values())
            .filter(StoreView::unsettled)
            .map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private final Jdbc jdbc;
    private final Clock clock;
    private final RunRecords runs;
    private final StoreView view;

    private JdbcOrderStore(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.runs = new JdbcRunRecords(jdbc);
        this.view = jdbc.inTransaction("load the store's view", c -> new StoreView(
                queryUnsettled(c), queryPositions(c), queryReservations(c), queryFills(c)));
    }

    /** Opens the store at the configured database, bringing its schema up to date first. */
    public static JdbcOrderStore open(StoreConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Connection connection;
        try {
            connection = DriverManager.getConnection(config.url(), config.user(), config.password());
        } catch (SQLException e) {
            // The driver's message names the host, not the password; the URL is shown redacted.
            throw new StoreException(
                    "cannot open the order store at " + config.redactedUrl() + ": " + e.getMessage(), e);
        }
        try {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            Schema.migrate(connection);
            return new JdbcOrderStore(Jdbc.over(connection), clock);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e instanceof RuntimeException r ? r : new StoreException("cannot prepare the order store", e);
        }
    }

    @Override
    public void recordIntent(Order order) {
        if (order.status() != OrderStatus.INTENT) {
            throw new IllegalArgumentException("a new order is recorded as INTENT, not " + order.status());
        }
        jdbc.change("record intent " + order.clientOrderId(), (c, afterCommit) -> {
            if (findOrder(c, order.clientOrderId()).isPresent()) {
                throw new IllegalArgumentException("order " + order.clientOrderId() + " is already recorded");
            }
            try {
                insert(c, "orders", Rows.ORDER_COLUMNS, s -> Rows.bindOrder(s, order, 0));
            } catch (SQLException e) {
                // Recorded by another writer meanwhile; redoing reports it as already recorded.
                throw conflictIf(e, UNIQUE_VIOLATION);
            }
            stageOrder(c, order.clientOrderId(), afterCommit);
            return null;
        });
    }

    @Override
    public Order transition(ClientOrderId id, OrderStatus next, Instant at, Optional<String> reason) {
        return jdbc.change("move order " + id + " to " + next, (c, afterCommit) -> {
            Versioned<Order> current = requireOrder(c, id);
            Order moved = current.value().transitionTo(next, at, reason);
            int rows = update(c, "UPDATE orders SET status = ?, status_reason = ?, updated_at_ns = ?, "
                    + "version = version + 1 WHERE client_order_id = ? AND status = ? AND version = ?", s -> {
                        s.setString(1, next.name());
                        s.setString(2, reason.orElse(null));
                        s.setLong(3, Rows.nanos(at));
                        s.setString(4, id.value());
                        s.setString(5, current.value().status().name());
                        s.setLong(6, current.version());
                    });
            requireOneRow(rows);
            stageOrder(c, id, afterCommit);
            return moved;
        });
    }

    @Override
    public Order assignVenueId(ClientOrderId id, OrderId venueId, Instant at) {
        return jdbc.change("assign venue id to " + id, (c, afterCommit) -> {
            Versioned<Order> current = requireOrder(c, id);
            Optional<OrderId> known = current.value().venueId();
            if (known.isPresent()) {
                if (known.get().equals(venueId)) {
                    return current.value();
                }
                throw new IllegalStateException("order " + id + " already has venue id " + known.get()
                        + ", not " + venueId);
            }
            Optional<Versioned<Order>> holder = findOrderByVenueId(c, venueId);
            if (holder.isPresent()) {
                throw new IllegalStateException("venue id " + venueId + " already belongs to order "
                        + holder.get().value().clientOrderId());
            }
            // Fills may be delivered before the submit's reply names the order: count them now.
            Order assigned = current.value().withVenueId(venueId, at);
            Order counted = assigned.withFilled(checkedFilled(assigned, countedSize(c, venueId)), at);
            int rows = update(c, "UPDATE orders SET venue_id = ?, filled_micros = ?, updated_at_ns = ?, "
                    + "version = version + 1 WHERE client_order_id = ? AND version = ?", s -> {
                        s.setString(1, venueId.value());
                        s.setLong(2, counted.filled().micros());
                        s.setLong(3, Rows.nanos(at));
                        s.setString(4, id.value());
                        s.setLong(5, current.version());
                    });
            requireOneRow(rows);
            stageOrder(c, id, afterCommit);
            return counted;
        });
    }

    @Override
    public Optional<Order> find(ClientOrderId id) {
        return jdbc.inTransaction("find order " + id, c -> findOrder(c, id).map(Versioned::value));
    }

    @Override
    public Optional<Order> findByVenueId(OrderId venueId) {
        return jdbc.inTransaction("find order by venue id " + venueId,
                c -> findOrderByVenueId(c, venueId).map(Versioned::value));
    }

    /** From memory (see {@link StoreView}): no query. */
    @Override
    public List<Order> unsettledOrders() {
        return view.unsettledOrders();
    }

    /** From memory, indexed by market: a book move asks for one market's orders. */
    @Override
    public List<Order> unsettledOrdersIn(ConditionId market) {
        return view.unsettledOrdersIn(market);
    }

    @Override
    public boolean recordFill(Fill fill) {
        return jdbc.change("record fill " + fill.key(), (c, afterCommit) -> {
            if (findFillIn(c, fill.key()).isPresent()) {
                return false;
            }
            try {
                insert(c, "fills", Rows.FILL_COLUMNS, s -> Rows.bindFill(s, fill));
            } catch (SQLException e) {
                // Another writer recorded the same fill meanwhile; redoing finds it and returns false.
                throw conflictIf(e, UNIQUE_VIOLATION);
            }
            afterCommit.add(() -> view.fill(fill));
            if (fill.status().counts()) {
                recount(c, fill, afterCommit);
            }
            return true;
        });
    }

    @Override
    public void updateFillStatus(FillKey key, TradeStatus status) {
        jdbc.change("update fill " + key + " to " + status, (c, afterCommit) -> {
            Fill current = findFillIn(c, key)
                    .orElseThrow(() -> new IllegalArgumentException("no fill " + key + " is recorded"));
            if (current.status() == status) {
                return null;
            }
            if (current.status() == TradeStatus.FAILED) {
                throw new IllegalStateException("trade " + key.tradeId() + " FAILED, which is final; it cannot become "
                        + status);
            }
            int rows = update(c,
                    "UPDATE fills SET trade_status = ? WHERE trade_id = ? AND leg = ? AND trade_status = ?", s -> {
                        s.setString(1, status.name());
                        s.setString(2, key.tradeId().value());
                        s.setString(3, key.leg());
                        s.setString(4, current.status().name());
                    });
            requireOneRow(rows);
            Fill updated = findFillIn(c, key).orElseThrow();
            afterCommit.add(() -> view.fill(updated));
            if (current.status().counts() != status.counts()) {
                recount(c, current, afterCommit);
            }
            return null;
        });
    }

    /** From memory (see {@link StoreView}): no query. */
    @Override
    public Optional<Fill> findFill(FillKey key) {
        return view.findFill(key);
    }

    @Override
    public List<Fill> fills() {
        return jdbc.inTransaction("list fills", JdbcOrderStore::queryFills);
    }

    /** From memory (see {@link StoreView}): no query. */
    @Override
    public Optional<Position> position(TokenId token) {
        return view.findPosition(token);
    }

    /** From memory (see {@link StoreView}): no query. */
    @Override
    public List<Position> positions() {
        return view.positions();
    }

    @Override
    public void reserve(Reservation reservation) {
        Objects.requireNonNull(reservation, "reservation");
        jdbc.change("reserve for " + reservation.order(), (c, afterCommit) -> {
            insert(c, "reservations", Rows.RESERVATION_COLUMNS, s -> Rows.bindReservation(s, reservation));
            afterCommit.add(() -> view.reserve(reservation));
            return null;
        });
    }

    @Override
    public void release(ClientOrderId order) {
        jdbc.change("release reservations of " + order, (c, afterCommit) -> {
            update(c, "DELETE FROM reservations WHERE client_order_id = ?", s -> s.setString(1, order.value()));
            afterCommit.add(() -> view.release(order));
            return null;
        });
    }

    /** From memory (see {@link StoreView}): no query. */
    @Override
    public List<Reservation> reservations() {
        return view.reservations();
    }

    /** From memory (see {@link StoreView}): no query. */
    @Override
    public Usd reservedCollateral(ConditionId market) {
        return new Usd(view.reservedCollateral(market));
    }

    /** From memory (see {@link StoreView}): no query. */
    @Override
    public Shares reservedTokens(TokenId token) {
        return new Shares(view.reservedTokens(token));
    }

    @Override
    public void audit(DecisionRecord decision) {
        Objects.requireNonNull(decision, "decision");
        jdbc.inTransaction("audit " + decision.reasonCode(),
                c -> insert(c, "decision_audit", Rows.AUDIT_COLUMNS, s -> Rows.bindDecision(s, decision)));
    }

    @Override
    public List<DecisionRecord> auditSince(Instant since) {
        return jdbc.inTransaction("read audit since " + since, c -> query(c, "SELECT " + Rows.AUDIT_COLUMNS
                + " FROM decision_audit WHERE at_ns >= ? ORDER BY at_ns, id",
                s -> s.setLong(1, Rows.nanos(since)), Rows::decision));
    }

    /** The run records kept in this store's database, over its connection. */
    public RunRecords runs() {
        return runs;
    }

    @Override
    public void close() {
        jdbc.close();
    }

    // --- derived state: what the counting fills add up to ---

    /** Recomputes the filled size of the fill's order and the position of its token. */
    private void recount(Tx c, Fill fill, List<Runnable> afterCommit) throws SQLException {
        Instant now = clock.instant();
        Optional<Versioned<Order>> order = findOrderByVenueId(c, fill.orderId());
        if (order.isPresent()) {
            Order known = order.get().value();
            Shares filled = checkedFilled(known, countedSize(c, fill.orderId()));
            if (!filled.equals(known.filled())) {
                Order recounted = known.recounted(filled, now);
                int rows = update(c, "UPDATE orders SET filled_micros = ?, status = ?, status_reason = ?, "
                        + "updated_at_ns = ?, version = version + 1 WHERE client_order_id = ? AND version = ?", s -> {
                            s.setLong(1, filled.micros());
                            s.setString(2, recounted.status().name());
                            s.setString(3, recounted.statusReason().orElse(null));
                            s.setLong(4, Rows.nanos(now));
                            s.setString(5, known.clientOrderId().value());
                            s.setLong(6, order.get().version());
                        });
                requireOneRow(rows);
                stageOrder(c, known.clientOrderId(), afterCommit);
            }
        }
        Optional<Position> position = rewritePosition(c, fill.token());
        afterCommit.add(() -> view.position(fill.token(), position));
    }

    private static Shares checkedFilled(Order order, Shares filled) {
        if (filled.compareTo(order.intent().size()) > 0) {
            throw new FillExceedsOrderException(order.clientOrderId(), filled, order.intent().size());
        }
        return filled;
    }

    private static Shares countedSize(Tx c, OrderId venueOrderId) throws SQLException {
        List<Long> sum = query(c, "SELECT COALESCE(SUM(size_micros), 0) FROM fills WHERE venue_order_id = ? AND "
                + COUNTS, s -> s.setString(1, venueOrderId.value()), r -> r.getLong(1));
        return new Shares(sum.get(0));
    }

    /** The token's position from its counting fills in time order; no row (empty) when none count. */
    private static Optional<Position> rewritePosition(Tx c, TokenId token) throws SQLException {
        Optional<Versioned<Position>> stored = findPosition(c, token);
        List<Fill> counting = query(c, "SELECT " + Rows.FILL_COLUMNS + " FROM fills WHERE token_id = ? AND "
                + COUNTS + " ORDER BY time_ns, seq", s -> s.setString(1, token.value()), Rows::fill);
        if (counting.isEmpty()) {
            if (stored.isPresent()) {
                requireOneRow(update(c, "DELETE FROM positions WHERE token_id = ? AND version = ?", s -> {
                    s.setString(1, token.value());
                    s.setLong(2, stored.get().version());
                }));
            }
            return Optional.empty();
        }
        Position position = PositionLedger.fold(counting.get(0).market(), token, counting);
        if (stored.isEmpty()) {
            try {
                insert(c, "positions", Rows.POSITION_COLUMNS, s -> Rows.bindPosition(s, position, 0));
            } catch (SQLException e) {
                throw conflictIf(e, UNIQUE_VIOLATION);
            }
        } else {
            requireOneRow(update(c, "UPDATE positions SET market = ?, size_micros = ?, cost_micros = ?, "
                    + "realized_pnl_micros = ?, version = version + 1 WHERE token_id = ? AND version = ?", s -> {
                        s.setString(1, position.market().value());
                        s.setLong(2, position.size().micros());
                        s.setLong(3, position.cost().micros());
                        s.setLong(4, position.realizedPnl().micros());
                        s.setString(5, token.value());
                        s.setLong(6, stored.get().version());
                    }));
        }
        return Optional.of(position);
    }

    /** The order as this transaction leaves it, for the view once the transaction commits. */
    private void stageOrder(Tx c, ClientOrderId id, List<Runnable> afterCommit) throws SQLException {
        Order written = requireOrder(c, id).value();
        afterCommit.add(() -> view.order(written));
    }

    // --- whole-table reads, for the view when the store opens ---

    private static List<Order> queryUnsettled(Tx c) throws SQLException {
        return query(c, "SELECT " + Rows.ORDER_COLUMNS + " FROM orders WHERE status IN " + UNSETTLED
                + " ORDER BY created_at_ns, client_order_id", s -> {}, r -> Rows.order(r).value());
    }

    private static List<Position> queryPositions(Tx c) throws SQLException {
        return query(c, "SELECT " + Rows.POSITION_COLUMNS + " FROM positions ORDER BY market, token_id", s -> {},
                r -> Rows.position(r).value());
    }

    private static List<Reservation> queryReservations(Tx c) throws SQLException {
        return query(c, "SELECT " + Rows.RESERVATION_COLUMNS + " FROM reservations ORDER BY id", s -> {},
                Rows::reservation);
    }

    private static List<Fill> queryFills(Tx c) throws SQLException {
        return query(c, "SELECT " + Rows.FILL_COLUMNS + " FROM fills ORDER BY seq", s -> {}, Rows::fill);
    }

    // --- reads inside a transaction ---

    private static Versioned<Order> requireOrder(Tx c, ClientOrderId id) throws SQLException {
        return findOrder(c, id).orElseThrow(() -> new IllegalArgumentException("no order " + id + " is recorded"));
    }

    private static Optional<Versioned<Order>> findOrder(Tx c, ClientOrderId id) throws SQLException {
        return first(query(c, "SELECT " + Rows.ORDER_COLUMNS + " FROM orders WHERE client_order_id = ?",
                s -> s.setString(1, id.value()), Rows::order));
    }

    private static Optional<Versioned<Order>> findOrderByVenueId(Tx c, OrderId id) throws SQLException {
        return first(query(c, "SELECT " + Rows.ORDER_COLUMNS + " FROM orders WHERE venue_id = ?",
                s -> s.setString(1, id.value()), Rows::order));
    }

    private static Optional<Fill> findFillIn(Tx c, FillKey key) throws SQLException {
        return first(query(c, "SELECT " + Rows.FILL_COLUMNS + " FROM fills WHERE trade_id = ? AND leg = ?", s -> {
            s.setString(1, key.tradeId().value());
            s.setString(2, key.leg());
        }, Rows::fill));
    }

    private static Optional<Versioned<Position>> findPosition(Tx c, TokenId token) throws SQLException {
        return first(query(c, "SELECT " + Rows.POSITION_COLUMNS + " FROM positions WHERE token_id = ?",
                s -> s.setString(1, token.value()), Rows::position));
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
