package astra.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Properties;

/**
 * The runtime's settings: {@code application.properties} on the classpath (the documented
 * defaults), overridden by system properties of the same name, then by the caller's overrides.
 * Camel Main gets the same properties, so route placeholders and Java read one source.
 */
public final class RuntimeSettings {
    public static final String RESOURCE = "application.properties";
    private final Properties properties;

    private RuntimeSettings(Properties properties) {
        this.properties = properties;
    }

    public static RuntimeSettings load(Properties overrides) {
        Properties p = new Properties();
        try (InputStream in = RuntimeSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        for (String key : p.stringPropertyNames()) {
            String system = System.getProperty(key);
            if (system != null) {
                p.setProperty(key, system);
            }
        }
        p.putAll(overrides);
        return new RuntimeSettings(p);
    }

    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    public String text(String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("setting " + key + " is missing (see " + RESOURCE + ")");
        }
        return value.trim();
    }

    public int integer(String key) {
        try {
            return Integer.parseInt(text(key));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("setting " + key + " must be a whole number, was '" + text(key) + "'", e);
        }
    }

    /** {@code true} or {@code false}, nothing else. */
    public boolean flag(String key) {
        String value = text(key);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException(
                    "setting " + key + " must be true or false, was '" + value + "'");
        };
    }

    public Duration millis(String key) {
        return Duration.ofMillis(integer(key));
    }

    /** A period in milliseconds where 0 means off and a negative one is a mistake. */
    public Duration millisOrOff(String key) {
        Duration d = millis(key);
        if (d.isNegative()) {
            throw new IllegalStateException("setting " + key + " must be 0 (off) or more, was " + d.toMillis());
        }
        return d;
    }

    public BigDecimal decimal(String key) {
        try {
            return new BigDecimal(text(key));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("setting " + key + " must be a decimal, was '" + text(key) + "'", e);
        }
    }
}
