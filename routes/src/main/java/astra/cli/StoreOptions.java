package astra.cli;

import astra.store.StoreConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the order store is, for every command that opens it. The embedded H2 file under
 * {@code data/} of the Astra home (the repository root, as the launcher says) is the default; a
 * PostgreSQL URL works as well. The password only ever comes from the environment.
 */
final class StoreOptions {
    static final String PASSWORD_ENV = "ASTRA_DB_PASSWORD";

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "Order store JDBC URL (default: embedded H2 at <astra home>/data/astra).")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: sa for H2).")
    String user;

    StoreConfig config(Environment env) {
        if (url == null) {
            return StoreConfig.h2File(AstraHome.path().resolve("data").resolve("astra"));
        }
        return new StoreConfig(url, user == null ? StoreConfig.DEFAULT_USER : user,
                env.get(PASSWORD_ENV) == null ? StoreConfig.DEFAULT_PASSWORD : env.get(PASSWORD_ENV));
    }

    /** Where Astra's home is: the launcher's {@code -Dastra.home}, else the working directory. */
    static final class AstraHome {
        private AstraHome() {}

        static Path path() {
            String home = System.getProperty("astra.home");
            return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
        }
    }
}
