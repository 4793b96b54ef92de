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
 * Every row that changes is updated with a check of what was read ({@code WHERE status = ? AND
 * version = ?});
 * when another writer got there first the whole change is rolled back and redone from what is
 * now committed, so two writers never both move an order and a position is never computed from
 * a stale set of fills.
 */
public final class JdbcOrderStore implements OrderStore {
    private static final String COUNTS = "trade_status <> '" + TradeStatus.FAILED.name() + "'";
    private static final String UNSETTLED = Arrays.stream(OrderStatus.values())
            .filter(s -> s == OrderStatus.INTENT || s.mayBeOpen())
            .map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private final Jdbc jdbc;
    private final Clock clock;
    private final RunRecords runs;

    private JdbcOrderStore(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.runs = new JdbcRunRecords(jdbc);
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
        jdbc.inTransaction("record intent " + order.clientOrderId(), c -> {
            if (findOrder(c, order.clientOrderId()).isPresent()) {
                throw new IllegalArgumentException("order " + order.clientOrderId() + " is already recorded");
            }
            try {
                insert(c, "orders", Rows.ORDER_COLUMNS, s -> Rows.bindOrder(s, order, 0));
            } catch (SQLException e) {
                // Recorded by another writer meanwhile; redoing reports it as already recorded.
                throw conflictIf(e, UNIQUE_VIOLATION);
            }
            return null;
        });
    }

    @Override
    public Order transition(ClientOrderId id, OrderStatus next, Instant at, Optional<String> reason) {
        return jdbc.inTransaction("move order " + id + " to " + next, c -> {
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
            return moved;
        });
    }

    @Override
    public Order assignVenueId(ClientOrderId id, OrderId venueId, Instant at) {
        return jdbc.inTransaction("assign venue id to " + id, c -> {
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

    @Override
    public List<Order> unsettledOrders() {
        return jdbc.inTransaction("list unsettled orders", c -> query(c, "SELECT " + Rows.ORDER_COLUMNS
                + " FROM orders WHERE status IN " + UNSETTLED + " ORDER BY created_at_ns, client_order_id",
                s -> {}, r -> Rows.order(r).value()));
    }

    @Override
    public boolean recordFill(Fill fill) {
        return jdbc.inTransaction("record fill " + fill.key(), c -> {
            if (findFillIn(c, fill.key()).isPresent()) {
                return false;
            }
            try {
                insert(c, "fills", Rows.FILL_COLUMNS, s -> Rows.bindFill(s, fill));
            } catch (SQLException e) {
                // Another writer recorded the same fill meanwhile; redoing finds it and returns false.
                throw conflictIf(e, UNIQUE_VIOLATION);
            }
            if (fill.status().counts()) {
                recount(c, fill);
            }
            return true;
        });
    }

    @Override
    public void updateFillStatus(FillKey key, TradeStatus status) {
        jdbc.inTransaction("update fill " + key + " to " + status, c -> {
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
            if (current.status().counts() != status.counts()) {
                recount(c, current);
            }
            return null;
        });
    }

    @Override
    public Optional<Fill> findFill(FillKey key) {
        return jdbc.inTransaction("find fill " + key, c -> findFillIn(c, key));
    }

    @Override
    public List<Fill> fills() {
        return jdbc.inTransaction("list fills",
                c -> query(c, "SELECT " + Rows.FILL_COLUMNS + " FROM fills ORDER BY seq", s -> {}, Rows::fill));
    }

    @Override
    public Optional<Position> position(TokenId token) {
        return jdbc.inTransaction("find position " + token, c -> findPosition(c, token).map(Versioned::value));
    }

    @Override
    public List<Position> positions() {
        return jdbc.inTransaction("list positions", c -> query(c, "SELECT " + Rows.POSITION_COLUMNS
                + " FROM positions ORDER BY market, token_id", s -> {}, r -> Rows.position(r).value()));
    }

    @Override
    public void reserve(Reservation reservation) {
        Objects.requireNonNull(reservation, "reservation");
        jdbc.inTransaction("reserve for " + reservation.order(),
                c -> insert(c, "reservations", Rows.RESERVATION_COLUMNS, s -> Rows.bindReservation(s, reservation)));
    }

    @Override
    public void release(ClientOrderId order) {
        jdbc.inTransaction("release reservations of " + order, c -> update(c,
                "DELETE FROM reservations WHERE client_order_id = ?", s -> s.setString(1, order.value())));
    }

    @Override
    public List<Reservation> reservations() {
        return jdbc.inTransaction("list reservations", c -> query(c, "SELECT " + Rows.RESERVATION_COLUMNS
                + " FROM reservations ORDER BY id", s -> {}, Rows::reservation));
    }

    @Override
    public Usd reservedCollateral(ConditionId market) {
        return new Usd(reservedSum("market", market.value(), Rows.COLLATERAL));
    }

    @Override
    public Shares reservedTokens(TokenId token) {
        return new Shares(reservedSum("token_id", token.value(), Rows.TOKENS));
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
    private void recount(Connection c, Fill fill) throws SQLException {
        Instant now = clock.instant();
        Optional<Versioned<Order>> order = findOrderByVenueId(c, fill.orderId());
        if (order.isPresent()) {
            Order known = order.get().value();
            Shares filled = checkedFilled(known, countedSize(c, fill.orderId()));
            if (!filled.equals(known.filled())) {
                int rows = update(c, "UPDATE orders SET filled_micros = ?, updated_at_ns = ?, version = version + 1 "
                        + "WHERE client_order_id = ? AND version = ?", s -> {
                            s.setLong(1, filled.micros());
                            s.setLong(2, Rows.nanos(now));
                            s.setString(3, known.clientOrderId().value());
                            s.setLong(4, order.get().version());
                        });
                requireOneRow(rows);
            }
        }
        rewritePosition(c, fill.token());
    }

    private static Shares checkedFilled(Order order, Shares filled) {
        if (filled.compareTo(order.intent().size()) > 0) {
            throw new FillExceedsOrderException(order.clientOrderId(), filled, order.intent().size());
        }
        return filled;
    }

    private static Shares countedSize(Connection c, OrderId venueOrderId) throws SQLException {
        List<Long> sum = query(c, "SELECT COALESCE(SUM(size_micros), 0) FROM fills WHERE venue_order_id = ? AND "
                + COUNTS, s -> s.setString(1, venueOrderId.value()), r -> r.getLong(1));
        return new Shares(sum.get(0));
    }

    /** The token's position from its counting fills in time order; no row when none count. */
    private static void rewritePosition(Connection c, TokenId token) throws SQLException {
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
            return;
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
    }

    // --- reads inside a transaction ---

    private static Versioned<Order> requireOrder(Connection c, ClientOrderId id) throws SQLException {
        return findOrder(c, id).orElseThrow(() -> new IllegalArgumentException("no order " + id + " is recorded"));
    }

    private static Optional<Versioned<Order>> findOrder(Connection c, ClientOrderId id) throws SQLException {
        return first(query(c, "SELECT " + Rows.ORDER_COLUMNS + " FROM orders WHERE client_order_id = ?",
                s -> s.setString(1, id.value()), Rows::order));
    }

    private static Optional<Versioned<Order>> findOrderByVenueId(Connection c, OrderId id) throws SQLException {
        return first(query(c, "SELECT " + Rows.ORDER_COLUMNS + " FROM orders WHERE venue_id = ?",
                s -> s.setString(1, id.value()), Rows::order));
    }

    private static Optional<Fill> findFillIn(Connection c, FillKey key) throws SQLException {
        return first(query(c, "SELECT " + Rows.FILL_COLUMNS + " FROM fills WHERE trade_id = ? AND leg = ?", s -> {
            s.setString(1, key.tradeId().value());
            s.setString(2, key.leg());
        }, Rows::fill));
    }

    private static Optional<Versioned<Position>> findPosition(Connection c, TokenId token) throws SQLException {
        return first(query(c, "SELECT " + Rows.POSITION_COLUMNS + " FROM positions WHERE token_id = ?",
                s -> s.setString(1, token.value()), Rows::position));
    }

    private long reservedSum(String column, String value, String kind) {
        return jdbc.inTransaction("sum reservations by " + column, c -> query(c,
                "SELECT COALESCE(SUM(amount_micros), 0) FROM reservations WHERE kind = ? AND " + column + " = ?", s -> {
                    s.setString(1, kind);
                    s.setString(2, value);
                }, r -> r.getLong(1)).get(0));
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
