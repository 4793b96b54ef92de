package astra.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One connection and the transactions run on it, one at a time. A transaction either commits
 * whole or rolls back whole; one that lost an optimistic check to another writer is redone from
 * what is then committed, a few times before the loss is reported.
 */
final class Jdbc implements AutoCloseable {
    static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String H2_CONCURRENT_UPDATE = "90131";
    private static final int ATTEMPTS = 5;

    /**
     * At most this many statements are kept prepared; the store's SQL is a fixed set of texts well
     * below it, so the bound only guards against a text built from values.
     */
    static final int KEPT_STATEMENTS = 64;

    private final Connection connection;
    private final Tx tx;

    private Jdbc(Connection connection) {
        this.connection = connection;
        this.tx = new Tx(connection);
    }

    /** Takes over a connection whose schema is current; ends any transaction left open on it. */
    static Jdbc over(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        connection.setAutoCommit(false);
        return new Jdbc(connection);
    }

    interface Work<T> {
        T run(Tx c) throws SQLException;
    }

    /** Work that also says what to do once it has committed (the store's view of what changed). */
    interface ChangeWork<T> {
        T run(Tx c, List<Runnable> afterCommit) throws SQLException;
    }

    /**
     * The connection as a transaction's work uses it. Each SQL text is prepared once and its
     * statement kept for the transactions after (a fill's bookkeeping runs a dozen statements, and
     * preparing them anew each time had the database parse every one of them again). Used only
     * under the {@link Jdbc}'s lock, one transaction at a time.
     */
    static final class Tx {
        private final Connection connection;
        private final Map<String, PreparedStatement> kept = new HashMap<>();

        private Tx(Connection connection) {
            this.connection = connection;
        }

        /**
         * The statement for {@code sql} with no parameter set; give it back through {@link #done}.
         */
        PreparedStatement prepared(String sql) throws SQLException {
            PreparedStatement s = kept.get(sql);
            if (s != null) {
                s.clearParameters();
                return s;
            }
            s = connection.prepareStatement(sql);
            if (kept.size() < KEPT_STATEMENTS) {
                kept.put(sql, s);
            }
            return s;
        }

        /** Closes the statement unless it is kept for its text. */
        void done(String sql, PreparedStatement s) throws SQLException {
            if (kept.get(sql) != s) {
                s.close();
            }
        }

        int keptCount() {
            return kept.size();
        }

        private void close() throws SQLException {
            SQLException first = null;
            for (PreparedStatement s : kept.values()) {
                try {
                    s.close();
                } catch (SQLException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            kept.clear();
            if (first != null) {
                throw first;
            }
        }
    }

    interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    interface RowReader<T> {
        T read(ResultSet r) throws SQLException;
    }

    /** Another writer changed a row between our read and our write: redo from what is committed. */
    static final class OptimisticConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OptimisticConflict(Throwable cause) {
            super("a concurrent writer changed the row first", cause, false, false);
        }
    }

    /** Runs the work in one transaction and commits it; on any failure rolls back so nothing changes. */
    <T> T inTransaction(String what, Work<T> work) {
        return change(what, (c, afterCommit) -> work.run(c));
    }

    /**
     * As {@link #inTransaction}, and once the transaction has committed, runs what the work asked
     * for after the commit, still holding this connection, so those follow-ups run in commit
     * order. An attempt that is rolled back (and redone) has its follow-ups dropped with it.
     */
    synchronized <T> T change(String what, ChangeWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<Runnable> afterCommit = new ArrayList<>(4);
                T result = work.run(tx, afterCommit);
                connection.commit();
                afterCommit.forEach(Runnable::run);
                return result;
            } catch (OptimisticConflict e) {
                rollback(e);
                if (attempt == ATTEMPTS) {
                    throw new StoreException(what + ": concurrent writers won " + ATTEMPTS + " times in a row", e);
                }
            } catch (SQLException e) {
                rollback(e);
                boolean lostRace = SERIALIZATION_FAILURE.equals(e.getSQLState())
                        || H2_CONCURRENT_UPDATE.equals(e.getSQLState());
                if (!lostRace || attempt == ATTEMPTS) {
                    throw new StoreException(what + " failed: " + e.getMessage(), e);
                }
            } catch (RuntimeException e) {
                rollback(e);
                throw e;
            }
        }
    }

    /** How many statements are kept prepared now. */
    synchronized int keptStatements() {
        return tx.keptCount();
    }

    @Override
    public synchronized void close() {
        try {
            tx.close();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing the order store failed", e);
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** An optimistic write must change exactly the row it read; otherwise another writer moved it. */
    static void requireOneRow(int rows) {
        if (rows != 1) {
            throw new OptimisticConflict(null);
        }
    }

    /** The conflict to redo when the statement failed with the given state; any other failure as it is. */
    static RuntimeException conflictIf(SQLException e, String sqlState) throws SQLException {
        if (sqlState.equals(e.getSQLState())) {
            return new OptimisticConflict(e);
        }
        throw e;
    }

    /** Inserts one row; the placeholders follow the column list, so they cannot miscount. */
    static int insert(Tx c, String table, String columns, Binder binder) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(columns.split(",").length, "?"));
        return update(c, "INSERT INTO " + table + " (" + columns + ") VALUES (" + placeholders + ")", binder);
    }

    static int update(Tx c, String sql, Binder binder) throws SQLException {
        PreparedStatement s = c.prepared(sql);
        try {
            binder.bind(s);
            return s.executeUpdate();
        } finally {
            c.done(sql, s);
        }
    }

    static <T> List<T> query(Tx c, String sql, Binder binder, RowReader<T> reader) throws SQLException {
        PreparedStatement s = c.prepared(sql);
        try {
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(reader.read(r));
                }
                return rows;
            }
        } finally {
            c.done(sql, s);
        }
    }

    static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
