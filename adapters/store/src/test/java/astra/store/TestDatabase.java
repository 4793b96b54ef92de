package astra.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty database for one test: an H2 file in the test's temporary folder, or a new
 * schema in the PostgreSQL named by {@code -Dastra.test.pg.url} (with {@code astra.test.pg.user}
 * and {@code astra.test.pg.password}, or credentials in the URL), dropped again afterwards so runs
 * repeat. Without that URL the PostgreSQL runs are skipped by an assumption, visibly.
 */
final class TestDatabase implements AutoCloseable {
    enum Kind { H2, POSTGRESQL }

    private static final String PG_URL = "astra.test.pg.url";
    private final StoreConfig config;
    private final StoreConfig admin;
    private final String schema;

    private TestDatabase(StoreConfig config, StoreConfig admin, String schema) {
        this.config = config;
        this.admin = admin;
        this.schema = schema;
    }

    static TestDatabase create(Kind kind, Path tempDir) throws SQLException {
        if (kind == Kind.H2) {
            return new TestDatabase(StoreConfig.h2File(tempDir.resolve("astra")), null, null);
        }
        String url = System.getProperty(PG_URL, "");
        assumeTrue(!url.isBlank(), "PostgreSQL store tests need -D" + PG_URL + "=jdbc:postgresql://host:port/db");
        StoreConfig admin = new StoreConfig(url, System.getProperty("astra.test.pg.user", ""),
                System.getProperty("astra.test.pg.password", ""));
        String schema = "astra_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(admin, "CREATE SCHEMA " + schema);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(new StoreConfig(schemaUrl, admin.user(), admin.password()), admin, schema);
    }

    StoreConfig config() {
        return config;
    }

    @Override
    public void close() throws SQLException {
        if (schema != null) {
            execute(admin, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(StoreConfig config, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
