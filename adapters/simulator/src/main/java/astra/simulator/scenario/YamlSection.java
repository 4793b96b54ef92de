package astra.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mapping of a scenario file, read key by key. Every key asked for becomes known; {@link
 * #finish()} refuses whatever else the mapping holds. Errors name the full key path.
 */
final class YamlSection {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    private final String source;
    private final String path;
    private final JsonNode node;
    private final Set<String> known = new LinkedHashSet<>();

    YamlSection(String source, String path, JsonNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
        if (!node.isObject()) {
            throw error(path.isEmpty() ? "(document)" : path, "must be a mapping of keys to values");
        }
    }

    Optional<YamlSection> section(String key) {
        return value(key).map(v -> new YamlSection(source, pathOf(key), v));
    }

    Optional<Integer> integer(String key, int min, int max) {
        return value(key).map(v -> {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw error(pathOf(key), "must be a whole number, was " + v);
            }
            return requireRange(key, v.intValue(), min, max);
        });
    }

    Optional<Double> number(String key, double min, double max) {
        return value(key).map(v -> {
            if (!v.isNumber()) {
                throw error(pathOf(key), "must be a number, was " + v);
            }
            double d = v.doubleValue();
            if (!(d >= min && d <= max)) {
                throw error(pathOf(key), "must be in [" + min + ", " + max + "], was " + v);
            }
            return d;
        });
    }

    /** A decimal in millionths, exactly (0.03 → 30000); more than six places is refused. */
    Optional<Long> micros(String key, long min, long max) {
        return value(key).map(v -> {
            if (!v.isNumber()) {
                throw error(pathOf(key), "must be a decimal number, was " + v);
            }
            long micros;
            try {
                micros = new BigDecimal(v.asText()).movePointRight(6).longValueExact();
            } catch (ArithmeticException e) {
                throw error(pathOf(key), "has more than six decimal places: " + v);
            }
            return requireRange(key, micros, min, max);
        });
    }

    Optional<Boolean> bool(String key) {
        return value(key).map(v -> {
            if (!v.isBoolean()) {
                throw error(pathOf(key), "must be true or false, was " + v);
            }
            return v.booleanValue();
        });
    }

    Optional<String> text(String key) {
        return value(key).map(v -> {
            if (!v.isTextual()) {
                throw error(pathOf(key), "must be text, was " + v);
            }
            return v.textValue();
        });
    }

    /** A duration with its unit: "250ms", "30s", "1.5m", "2h". */
    Optional<Long> duration(String key) {
        return value(key).map(v -> parseDuration(pathOf(key), v));
    }

    Optional<List<Long>> durations(String key) {
        return value(key).map(v -> {
            if (!v.isArray()) {
                throw error(pathOf(key), "must be a list of durations such as [90s, 3m]");
            }
            List<Long> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                out.add(parseDuration(pathOf(key) + "[" + i + "]", v.get(i)));
            }
            return out;
        });
    }

    /** The items of a list of mappings, each as a section named {@code key[i]}. */
    List<YamlSection> sections(String key) {
        Optional<JsonNode> list = value(key);
        if (list.isEmpty() || list.get().isNull()) {
            return List.of();
        }
        if (!list.get().isArray()) {
            throw error(pathOf(key), "must be a list");
        }
        List<YamlSection> out = new ArrayList<>();
        for (int i = 0; i < list.get().size(); i++) {
            out.add(new YamlSection(source, pathOf(key) + "[" + i + "]", list.get().get(i)));
        }
        return out;
    }

    /** Which of {@code keys} this mapping holds (marking them known). */
    List<String> present(List<String> keys) {
        known.addAll(keys);
        return keys.stream().filter(node::has).toList();
    }

    /** Refuses any key that was never asked for. */
    void finish() {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw error(pathOf(name), "unknown key (known here: " + String.join(", ", known) + ")");
            }
        });
    }

    ScenarioFileException error(String keyPath, String reason) {
        return new ScenarioFileException(source + ": " + keyPath + ": " + reason);
    }

    String path() {
        return path;
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Optional<JsonNode> value(String key) {
        known.add(key);
        JsonNode v = node.get(key);
        if (v != null && v.isNull()) {
            throw error(pathOf(key), "has no value");
        }
        return Optional.ofNullable(v);
    }

    private <T extends Number & Comparable<T>> T requireRange(String key, T value, T min, T max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw error(pathOf(key), "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    private long parseDuration(String keyPath, JsonNode v) {
        if (!v.isTextual()) {
            throw error(keyPath, "must be a duration with a unit (ms, s, m, h), e.g. 30s, was " + v);
        }
        Matcher m = DURATION.matcher(v.textValue().trim());
        if (!m.matches()) {
            throw error(keyPath, "must be a duration with a unit (ms, s, m, h), e.g. 30s, was '" + v.textValue() + "'");
        }
        long unit = switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            default -> 3_600_000;
        };
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
        try {
            return millis.longValueExact();
        } catch (ArithmeticException e) {
            throw error(keyPath, "is not a whole number of milliseconds: '" + v.textValue() + "'");
        }
    }
}
