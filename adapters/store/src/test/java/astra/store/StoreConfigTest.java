package astra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class StoreConfigTest {

    @Test
    void defaults_areEmbeddedH2FileUnderData() {
        StoreConfig config = StoreConfig.defaults();

        assertThat(config.url()).isEqualTo("jdbc:h2:file:./data/astra");
        assertThat(config.user()).isEqualTo("sa");
    }

    @Test
    void h2File_usesTheAbsolutePath() {
        StoreConfig config = StoreConfig.h2File(Path.of("/tmp/x/astra"));

        assertThat(config.url()).isEqualTo("jdbc:h2:file:/tmp/x/astra");
    }

    @Test
    void toString_hidesThePassword() {
        StoreConfig config = new StoreConfig("jdbc:postgresql://db/astra", "astra", "s3cret-pass");

        assertThat(config.toString()).doesNotContain("s3cret-pass").contains("password=***");
    }

    @Test
    void passwordInTheUrl_isRedacted() {
        StoreConfig param = new StoreConfig("jdbc:postgresql://db:5432/astra?user=a&password=s3cret&ssl=true", "", "");
        StoreConfig userInfo = new StoreConfig("jdbc:postgresql://a:s3cret@db/astra", "", "");

        assertThat(param.redactedUrl()).isEqualTo("jdbc:postgresql://db:5432/astra?user=a&password=***&ssl=true");
        assertThat(userInfo.redactedUrl()).isEqualTo("jdbc:postgresql://a:***@db/astra");
        assertThat(param.toString()).doesNotContain("s3cret");
    }

    @Test
    void nonJdbcUrl_isRefused() {
        assertThatThrownBy(() -> new StoreConfig("postgres://db/astra", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JDBC URL");
    }

    @Test
    void unreachableDatabase_failsWithTheUrlAndNoPassword() {
        StoreConfig config =
                new StoreConfig("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1&password=hunter2", "u", "hunter2");

        assertThatThrownBy(() -> JdbcOrderStore.open(config, Clock.systemUTC()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("127.0.0.1:1")
                .hasMessageNotContaining("hunter2");
    }
}
