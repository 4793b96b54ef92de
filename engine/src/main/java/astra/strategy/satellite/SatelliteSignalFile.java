package astra.strategy.satellite;

import astra.domain.ConditionId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads satellite signals, one JSON object per line:
 * <pre>{"market": "0x…", "probability": 0.72, "tier": "A", "source": "…", "time": "2026-07-01T12:00:00Z"}</pre>
 * {@code probability} is that the market resolves YES, a number or a decimal string in [0, 1], read
 * exactly. Blank lines are skipped. A line that is not such an object (bad JSON, a missing or
 * unknown field, a value out of range) is not guessed at: it becomes a {@link LineError} with its
 * line number and reason, the rest of the file is still read, and the result counts the bad lines.
 */
public final class SatelliteSignalFile {

    private static final Set<String> FIELDS = Set.of("market", "probability", "tier", "source", "time");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private SatelliteSignalFile() {}

    /** One bad line: its 1-based number and why. */
    public record LineError(int lineNumber, String message) {}

    /** The signals read and the lines refused. */
    public record Result(List<SatelliteSignal> signals, List<LineError> errors) {
        public Result {
            signals = List.copyOf(signals);
            errors = List.copyOf(errors);
        }

        public int badLines() {
            return errors.size();
        }
    }

    public static Result read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read satellite signals from " + file, e);
        }
    }

    public static Result parse(List<String> lines) {
        List<SatelliteSignal> signals = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                signals.add(parseLine(line));
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(i + 1, e.getMessage()));
            }
        }
        return new Result(signals, errors);
    }

    private static SatelliteSignal parseLine(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "'");
            }
        }
        ConditionId market = new ConditionId(text(node, "market"));
        BigDecimal probability = probability(node.get("probability"));
        String tierText = text(node, "tier");
        EvidenceTier tier;
        try {
            tier = EvidenceTier.valueOf(tierText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tier must be A, B or C, was '" + tierText + "'");
        }
        String timeText = text(node, "time");
        Instant time;
        try {
            time = Instant.parse(timeText);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time is not an ISO-8601 instant: '" + timeText + "'");
        }
        return new SatelliteSignal(market, probability, tier, text(node, "source"), time);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' must be a non-empty string");
        }
        return v.asText();
    }

    private static BigDecimal probability(JsonNode v) {
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field 'probability'");
        }
        BigDecimal p;
        if (v.isNumber()) {
            p = v.decimalValue();
        } else if (v.isTextual()) {
            try {
                p = new BigDecimal(v.asText().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("probability is not a number: '" + v.asText() + "'");
            }
        } else {
            throw new IllegalArgumentException("probability must be a number");
        }
        if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + p.toPlainString());
        }
        return p;
    }
}
