package astra.store;

import static astra.store.Jdbc.first;
import static astra.store.Jdbc.insert;
import static astra.store.Jdbc.query;
import static astra.store.Jdbc.update;

import astra.domain.ConditionId;
import astra.domain.Price;
import astra.domain.TokenId;
import astra.domain.Usd;
import astra.ports.RunRecords;
import astra.report.MarkSnapshot;
import astra.store.Jdbc.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link RunRecords} over the order store's connection ({@link JdbcOrderStore#runs()}), so a run's
 * records and its fills live in one database. Batches are written with JDBC batching in one
 * transaction: a batch is stored whole or not at all.
 */
final class JdbcRunRecords implements RunRecords {
    private static final String RUN_COLUMNS =
            "run_id, kind, venue, scenario, started_at_ns, ended_at_ns, bankroll_micros, quotes_sent";

    private final Jdbc jdbc;

    JdbcRunRecords(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recordRunStart(Run run, List<RunMarket> markets) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(markets, "markets");
        jdbc.inTransaction("record run " + run.runId(), c -> {
            if (findRun(c, run.runId()).isPresent()) {
                throw new IllegalArgumentException("run " + run.runId() + " is already recorded");
            }
            insert(c, "runs", RUN_COLUMNS, s -> {
                s.setString(1, run.runId());
                s.setString(2, run.kind());
                s.setString(3, run.venue());
                s.setString(4, run.scenario());
                s.setLong(5, Rows.nanos(run.start()));
                if (run.end().isPresent()) {
                    s.setLong(6, Rows.nanos(run.end().get()));
                } else {
                    s.setNull(6, java.sql.Types.BIGINT);
                }
                s.setLong(7, run.bankroll().micros());
                s.setLong(8, run.quotesSent());
            });
            batch(c, "INSERT INTO run_markets (run_id, condition_id, yes_token_id, no_token_id, cluster) "
                    + "VALUES (?, ?, ?, ?, ?)", markets, (s, m) -> {
                        s.setString(1, run.runId());
                        s.setString(2, m.conditionId().value());
                        s.setString(3, m.yesToken().value());
                        s.setString(4, m.noToken().value());
                        s.setString(5, m.cluster());
                    });
            return null;
        });
    }

    @Override
    public void recordRunEnd(String runId, Instant end, long quotesSent) {
        Objects.requireNonNull(end, "end");
        jdbc.inTransaction("record the end of run " + runId, c -> {
            Run run = findRun(c, runId).orElseThrow(() -> unknown(runId));
            if (run.end().isPresent()) {
                throw new IllegalArgumentException("run " + runId + " already ended at " + run.end().get());
            }
            // The record's own checks refuse an end before the start or a negative count.
            Run ended = new Run(run.runId(), run.kind(), run.venue(), run.scenario(), run.start(), Optional.of(end),
                    run.bankroll(), quotesSent);
            update(c, "UPDATE runs SET ended_at_ns = ?, quotes_sent = ? WHERE run_id = ?", s -> {
                s.setLong(1, Rows.nanos(ended.end().orElseThrow()));
                s.setLong(2, ended.quotesSent());
                s.setString(3, runId);
            });
            return null;
        });
    }

    @Override
    public void recordMarks(String runId, List<MarkSnapshot> marks) {
        Objects.requireNonNull(marks, "marks");
        jdbc.inTransaction("record " + marks.size() + " marks of run " + runId, c -> {
            requireRun(c, runId);
            List<MarkRow> rows = new ArrayList<>();
            for (MarkSnapshot m : marks) {
                m.mids().forEach((token, mid) -> rows.add(new MarkRow(m.time(), token, mid)));
                m.gone().forEach(token -> rows.add(new MarkRow(m.time(), token, null)));
            }
            batch(c, "INSERT INTO run_mark_points (run_id, at_ns) VALUES (?, ?)", marks, (s, m) -> {
                s.setString(1, runId);
                s.setLong(2, Rows.nanos(m.time()));
            });
            batch(c, "INSERT INTO run_marks (run_id, at_ns, token_id, mid_micros) VALUES (?, ?, ?, ?)", rows,
                    (s, r) -> {
                        s.setString(1, runId);
                        s.setLong(2, Rows.nanos(r.time()));
                        s.setString(3, r.token().value());
                        if (r.mid() == null) {
                            s.setNull(4, java.sql.Types.BIGINT);
                        } else {
                            s.setLong(4, r.mid().micros());
                        }
                    });
            return null;
        });
    }

    @Override
    public void recordReferenceMarks(String runId, List<ReferenceMark> marks) {
        Objects.requireNonNull(marks, "marks");
        jdbc.inTransaction("record " + marks.size() + " reference marks of run " + runId, c -> {
            requireRun(c, runId);
            batch(c, "INSERT INTO run_reference_marks (run_id, condition_id, token_id, at_ns, price_micros) "
                    + "VALUES (?, ?, ?, ?, ?)", marks, (s, m) -> {
                        s.setString(1, runId);
                        s.setString(2, m.market().value());
                        s.setString(3, m.token().value());
                        s.setLong(4, Rows.nanos(m.time()));
                        s.setLong(5, m.price().micros());
                    });
            return null;
        });
    }

    @Override
    public Optional<Run> run(String runId) {
        return jdbc.inTransaction("read run " + runId, c -> findRun(c, runId));
    }

    @Override
    public List<Run> runs() {
        return jdbc.inTransaction("read the runs", c -> query(c,
                "SELECT " + RUN_COLUMNS + " FROM runs ORDER BY started_at_ns DESC, run_id", s -> {}, JdbcRunRecords::run));
    }

    @Override
    public List<RunMarket> runMarkets(String runId) {
        return jdbc.inTransaction("read the markets of run " + runId, c -> query(c,
                "SELECT condition_id, yes_token_id, no_token_id, cluster FROM run_markets WHERE run_id = ? "
                        + "ORDER BY condition_id", s -> s.setString(1, runId),
                r -> new RunMarket(new ConditionId(r.getString(1)), new TokenId(r.getString(2)),
                        new TokenId(r.getString(3)), r.getString(4))));
    }

    @Override
    public List<MarkSnapshot> marks(String runId) {
        return jdbc.inTransaction("read the marks of run " + runId, c -> {
            // Points without a change have only a time; a run stored before changeset 7 has no point rows.
            Map<Long, PointRows> byTime = new TreeMap<>();
            query(c, "SELECT at_ns FROM run_mark_points WHERE run_id = ?", s -> s.setString(1, runId), r -> {
                byTime.computeIfAbsent(r.getLong(1), t -> new PointRows());
                return null;
            });
            query(c, "SELECT at_ns, token_id, mid_micros FROM run_marks WHERE run_id = ? ORDER BY at_ns, token_id",
                    s -> s.setString(1, runId), r -> {
                        PointRows point = byTime.computeIfAbsent(r.getLong(1), t -> new PointRows());
                        TokenId token = new TokenId(r.getString(2));
                        long mid = r.getLong(3);
                        if (r.wasNull()) {
                            point.gone.add(token);
                        } else {
                            point.mids.put(token, new Price(mid));
                        }
                        return null;
                    });
            List<MarkSnapshot> out = new ArrayList<>(byTime.size());
            byTime.forEach((at, point) -> out.add(new MarkSnapshot(Rows.instant(at), point.mids, point.gone)));
            return out;
        });
    }

    /** What the rows of one point hold while they are read. */
    private static final class PointRows {
        private final Map<TokenId, Price> mids = new LinkedHashMap<>();
        private final Set<TokenId> gone = new LinkedHashSet<>();
    }

    @Override
    public List<ReferenceMark> referenceMarks(String runId) {
        return jdbc.inTransaction("read the reference marks of run " + runId, c -> query(c,
                "SELECT condition_id, token_id, at_ns, price_micros FROM run_reference_marks WHERE run_id = ? "
                        + "ORDER BY at_ns, condition_id, token_id", s -> s.setString(1, runId),
                r -> new ReferenceMark(new ConditionId(r.getString(1)), new TokenId(r.getString(2)),
                        Rows.instant(r.getLong(3)), new Price(r.getLong(4)))));
    }

    /** One token's change at one point of the tape, a null mid where it has none: a row of {@code run_marks}. */
    private record MarkRow(Instant time, TokenId token, Price mid) {}

    private interface RowBinder<T> {
        void bind(PreparedStatement s, T row) throws SQLException;
    }

    private static <T> void batch(Tx c, String sql, List<T> rows, RowBinder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        PreparedStatement s = c.prepared(sql);
        try {
            for (T row : rows) {
                binder.bind(s, row);
                s.addBatch();
            }
            s.executeBatch();
        } finally {
            c.done(sql, s);
        }
    }

    private static void requireRun(Tx c, String runId) throws SQLException {
        if (findRun(c, runId).isEmpty()) {
            throw unknown(runId);
        }
    }

    private static IllegalArgumentException unknown(String runId) {
        return new IllegalArgumentException("no run " + runId + " is recorded in this store");
    }

    private static Optional<Run> findRun(Tx c, String runId) throws SQLException {
        return first(query(c, "SELECT " + RUN_COLUMNS + " FROM runs WHERE run_id = ?", s -> s.setString(1, runId),
                JdbcRunRecords::run));
    }

    private static Run run(ResultSet r) throws SQLException {
        long ended = r.getLong(6);
        Optional<Instant> end = r.wasNull() ? Optional.empty() : Optional.of(Rows.instant(ended));
        return new Run(r.getString(1), r.getString(2), r.getString(3), r.getString(4), Rows.instant(r.getLong(5)),
                end, new Usd(r.getLong(7)), r.getLong(8));
    }
}
