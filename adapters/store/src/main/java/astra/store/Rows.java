package astra.store;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.DecisionRecord;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.Order;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.domain.OrderStatus;
import astra.domain.OrderType;
import astra.domain.Position;
import astra.domain.Price;
import astra.domain.Reservation;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/**
 * How the domain records map to rows and back. Amounts are BIGINT micros, instants BIGINT
 * nanoseconds since the epoch, enums their names: every value reads back equal to what was written.
 */
final class Rows {
    static final String ORDER_COLUMNS = "client_order_id, venue_id, market, token_id, side, price_micros, "
            + "size_micros, tick_size, order_type, post_only, expiration_unix_s, intent_reason, status, "
            + "filled_micros, status_reason, created_at_ns, updated_at_ns, version";
    static final String FILL_COLUMNS = "trade_id, leg, venue_order_id, market, token_id, side, price_micros, "
            + "size_micros, liquidity, fee_micros, trade_status, time_ns";
    static final String POSITION_COLUMNS = "token_id, market, size_micros, cost_micros, realized_pnl_micros, version";
    static final String RESERVATION_COLUMNS = "client_order_id, kind, market, token_id, amount_micros";
    static final String AUDIT_COLUMNS = "at_ns, market, decision, reason_code, rule_name, rules_version, detail";

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final String COLLATERAL = "COLLATERAL";
    static final String TOKENS = "TOKENS";

    private Rows() {}

    /** A row's value with the version it was read at, for the optimistic check of the write that follows. */
    record Versioned<T>(T value, long version) {}

    static long nanos(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), NANOS_PER_SECOND), at.getNano());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(0, nanos);
    }

    static void bindOrder(PreparedStatement s, Order order, long version) throws SQLException {
        OrderIntent i = order.intent();
        s.setString(1, i.clientOrderId().value());
        s.setString(2, order.venueId().map(OrderId::value).orElse(null));
        s.setString(3, i.market().value());
        s.setString(4, i.token().value());
        s.setString(5, i.side().name());
        s.setLong(6, i.price().micros());
        s.setLong(7, i.size().micros());
        s.setString(8, i.tickSize().name());
        s.setString(9, i.type().name());
        s.setBoolean(10, i.postOnly());
        if (i.expiration().isPresent()) {
            s.setLong(11, i.expiration().get().getEpochSecond());
        } else {
            s.setNull(11, Types.BIGINT);
        }
        s.setString(12, i.reason());
        s.setString(13, order.status().name());
        s.setLong(14, order.filled().micros());
        s.setString(15, order.statusReason().orElse(null));
        s.setLong(16, nanos(order.createdAt()));
        s.setLong(17, nanos(order.updatedAt()));
        s.setLong(18, version);
    }

    static Versioned<Order> order(ResultSet r) throws SQLException {
        long expiration = r.getLong("expiration_unix_s");
        Optional<Instant> expires = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(expiration));
        OrderIntent intent = new OrderIntent(
                new ClientOrderId(r.getString("client_order_id")),
                new ConditionId(r.getString("market")),
                new TokenId(r.getString("token_id")),
                Side.valueOf(r.getString("side")),
                new Price(r.getLong("price_micros")),
                new Shares(r.getLong("size_micros")),
                TickSize.valueOf(r.getString("tick_size")),
                OrderType.valueOf(r.getString("order_type")),
                r.getBoolean("post_only"),
                expires,
                r.getString("intent_reason"));
        Order order = new Order(
                intent,
                Optional.ofNullable(r.getString("venue_id")).map(OrderId::new),
                OrderStatus.valueOf(r.getString("status")),
                new Shares(r.getLong("filled_micros")),
                instant(r.getLong("created_at_ns")),
                instant(r.getLong("updated_at_ns")),
                Optional.ofNullable(r.getString("status_reason")));
        return new Versioned<>(order, r.getLong("version"));
    }

    static void bindFill(PreparedStatement s, Fill fill) throws SQLException {
        s.setString(1, fill.key().tradeId().value());
        s.setString(2, fill.key().leg());
        s.setString(3, fill.orderId().value());
        s.setString(4, fill.market().value());
        s.setString(5, fill.token().value());
        s.setString(6, fill.side().name());
        s.setLong(7, fill.price().micros());
        s.setLong(8, fill.size().micros());
        s.setString(9, fill.liquidity().name());
        s.setLong(10, fill.fee().micros());
        s.setString(11, fill.status().name());
        s.setLong(12, nanos(fill.time()));
    }

    static Fill fill(ResultSet r) throws SQLException {
        return new Fill(
                new FillKey(new TradeId(r.getString("trade_id")), r.getString("leg")),
                new OrderId(r.getString("venue_order_id")),
                new ConditionId(r.getString("market")),
                new TokenId(r.getString("token_id")),
                Side.valueOf(r.getString("side")),
                new Price(r.getLong("price_micros")),
                new Shares(r.getLong("size_micros")),
                Liquidity.valueOf(r.getString("liquidity")),
                new Usd(r.getLong("fee_micros")),
                TradeStatus.valueOf(r.getString("trade_status")),
                instant(r.getLong("time_ns")));
    }

    static void bindPosition(PreparedStatement s, Position p, long version) throws SQLException {
        s.setString(1, p.token().value());
        s.setString(2, p.market().value());
        s.setLong(3, p.size().micros());
        s.setLong(4, p.cost().micros());
        s.setLong(5, p.realizedPnl().micros());
        s.setLong(6, version);
    }

    static Versioned<Position> position(ResultSet r) throws SQLException {
        Position p = new Position(
                new ConditionId(r.getString("market")),
                new TokenId(r.getString("token_id")),
                new Shares(r.getLong("size_micros")),
                new Usd(r.getLong("cost_micros")),
                new Usd(r.getLong("realized_pnl_micros")));
        return new Versioned<>(p, r.getLong("version"));
    }

    static void bindReservation(PreparedStatement s, Reservation reservation) throws SQLException {
        s.setString(1, reservation.order().value());
        s.setString(3, reservation.market().value());
        if (reservation instanceof Reservation.Collateral c) {
            s.setString(2, COLLATERAL);
            s.setNull(4, Types.VARCHAR);
            s.setLong(5, c.amount().micros());
        } else if (reservation instanceof Reservation.Tokens t) {
            s.setString(2, TOKENS);
            s.setString(4, t.token().value());
            s.setLong(5, t.amount().micros());
        } else {
            throw new IllegalArgumentException("unknown reservation kind: " + reservation);
        }
    }

    static Reservation reservation(ResultSet r) throws SQLException {
        ClientOrderId order = new ClientOrderId(r.getString("client_order_id"));
        ConditionId market = new ConditionId(r.getString("market"));
        String kind = r.getString("kind");
        long amount = r.getLong("amount_micros");
        return switch (kind) {
            case COLLATERAL -> new Reservation.Collateral(order, market, new Usd(amount));
            case TOKENS -> new Reservation.Tokens(
                    order, market, new TokenId(r.getString("token_id")), new Shares(amount));
            default -> throw new StoreException("unknown reservation kind '" + kind + "' for order " + order);
        };
    }

    static void bindDecision(PreparedStatement s, DecisionRecord d) throws SQLException {
        s.setLong(1, nanos(d.at()));
        s.setString(2, d.market().map(ConditionId::value).orElse(null));
        s.setString(3, d.decision());
        s.setString(4, d.reasonCode());
        s.setString(5, d.ruleName());
        s.setString(6, d.rulesVersion());
        s.setString(7, d.detail());
    }

    static DecisionRecord decision(ResultSet r) throws SQLException {
        return new DecisionRecord(
                instant(r.getLong("at_ns")),
                Optional.ofNullable(r.getString("market")).map(ConditionId::new),
                r.getString("decision"),
                r.getString("reason_code"),
                r.getString("rule_name"),
                r.getString("rules_version"),
                r.getString("detail"));
    }
}
