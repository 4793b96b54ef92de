package astra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcKeptStatementsTest {
    private static final String INSERT = "INSERT INTO t (k, v) VALUES (?, ?)";
    private static final String SELECT = "SELECT v FROM t WHERE k = ?";

    @TempDir
    Path dir;
    private Jdbc jdbc;

    @BeforeEach
    void open() throws SQLException {
        jdbc = Jdbc.over(DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("kept").toAbsolutePath(), "sa", ""));
        jdbc.inTransaction("create", c -> Jdbc.update(c, "CREATE TABLE t (k INT PRIMARY KEY, v VARCHAR(20))", s -> {}));
    }

    @AfterEach
    void close() {
        jdbc.close();
    }

    @Test
    void eachTextIsPreparedOnceAndServesEveryLaterTransaction() {
        for (int k = 0; k < 50; k++) {
            int key = k;
            jdbc.inTransaction("insert " + k, c -> Jdbc.update(c, INSERT, s -> {
                s.setInt(1, key);
                s.setString(2, "v" + key);
            }));
        }
        for (int k = 0; k < 50; k++) {
            int key = k;
            List<String> read = jdbc.inTransaction("read " + k, c -> Jdbc.query(c, SELECT, s -> s.setInt(1, key),
                    r -> r.getString(1)));
            assertThat(read).containsExactly("v" + k);
        }
        assertThat(jdbc.keptStatements()).isEqualTo(3); // CREATE, INSERT, SELECT
    }

    @Test
    void aKeptStatementStartsEachUseWithNoParameterSet() {
        jdbc.inTransaction("first", c -> Jdbc.update(c, INSERT, s -> {
            s.setInt(1, 1);
            s.setString(2, "one");
        }));
        // The second use binds only the key: the value must not be the first use's left behind.
        assertThatThrownBy(() -> jdbc.inTransaction("second", c -> Jdbc.update(c, INSERT, s -> s.setInt(1, 2))))
                .isInstanceOf(StoreException.class);
        List<String> read = jdbc.inTransaction("read", c -> Jdbc.query(c, SELECT, s -> s.setInt(1, 2),
                r -> r.getString(1)));
        assertThat(read).isEmpty();
    }

    @Test
    void textsBeyondTheBoundAreClosedAfterUseAndStillAnswer() {
        int texts = Jdbc.KEPT_STATEMENTS + 10;
        for (int i = 0; i < texts; i++) {
            String sql = "SELECT " + i + " + ?";
            List<Integer> sum = jdbc.inTransaction("sum " + i, c -> Jdbc.query(c, sql, s -> s.setInt(1, 1),
                    r -> r.getInt(1)));
            assertThat(sum).containsExactly(i + 1);
        }
        assertThat(jdbc.keptStatements()).isEqualTo(Jdbc.KEPT_STATEMENTS);
    }
}
