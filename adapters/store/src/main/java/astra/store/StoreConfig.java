package astra.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the order store lives: a JDBC URL with its credentials. The H2 and PostgreSQL drivers are
 * both on the class path, so the URL alone chooses the database.
 */
public record StoreConfig(String url, String user, String password) {

    /**
     * Embedded H2 in file mode, in {@code ./data/astra.mv.db} relative to the working directory.
     * H2 creates the file (and the folder) on first open; one process opens it at a time.
     */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/astra";

    /** H2's default administrator, who owns a database H2 creates on first open. */
    public static final String DEFAULT_USER = "sa";

    /** No password: the default database is a local file readable only as the file system allows. */
    public static final String DEFAULT_PASSWORD = "";

    /** A password given in the URL itself, as a parameter or as user:password@host. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*|(//[^/:@]+:)[^@/]*@");

    public StoreConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: '" + url + "'");
        }
    }

    /** The embedded default: {@link #DEFAULT_URL} as {@link #DEFAULT_USER}. */
    public static StoreConfig defaults() {
        return new StoreConfig(DEFAULT_URL, DEFAULT_USER, DEFAULT_PASSWORD);
    }

    /** An embedded H2 database in the given file (H2 appends {@code .mv.db}). */
    public static StoreConfig h2File(Path file) {
        return new StoreConfig("jdbc:h2:file:" + file.toAbsolutePath(), DEFAULT_USER, DEFAULT_PASSWORD);
    }

    /** The URL with any password in it replaced by {@code ***}, for messages and logs. */
    public String redactedUrl() {
        return URL_PASSWORD.matcher(url).replaceAll(m -> m.group(1) != null
                ? m.group(1) + "***"
                : m.group(2) + "***@");
    }

    @Override
    public String toString() {
        return "StoreConfig[url=" + redactedUrl() + ", user=" + user + ", password=***]";
    }
}
