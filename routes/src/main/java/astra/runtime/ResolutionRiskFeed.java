package astra.runtime;

import astra.facts.FactStore;
import astra.facts.ResolutionRisk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Risk officers' resolution-risk assessments, one JSON object per line
 * ({@code {"market": "0x…", "score": 0.8, "why": "ambiguous question"}}, score in [0, 1]), read
 * from a file and re-read when it changes; published as {@link ResolutionRisk} facts for the rule
 * "VetoQuotesWhenResolutionRiskIsHigh". A market dropped from the file loses its fact. A bad line
 * is logged with its number and counted, and the rest of the file still applies. With no file
 * configured the feed does nothing.
 */
public final class ResolutionRiskFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ResolutionRiskFeed.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("market", "score", "why");

    private final WatchedFile file;
    private final AstraMetrics metrics;
    private final Set<String> published = new HashSet<>();

    public ResolutionRiskFeed(Optional<Path> file, AstraMetrics metrics) {
        this.file = new WatchedFile(file, "resolution risk file");
        this.metrics = metrics;
    }

    /** What one read of the file gave: the risks, and each refused line with its reason. */
    public record Read(List<ResolutionRisk> risks, List<String> errors) {}

    /** Re-reads the file if it changed and brings the facts in line with it. */
    public void publish(FactStore facts) {
        Optional<List<String>> lines = file.linesIfChanged();
        if (lines.isEmpty()) {
            return;
        }
        String path = file.describe();
        Read read = parse(lines.get());
        read.errors().forEach(error -> {
            metrics.registry().counter("astra_resolution_risk_bad_lines_total").increment();
            LOG.warn("resolution risk file {}: {}", path, error);
        });
        Set<String> markets = new HashSet<>();
        read.risks().forEach(r -> markets.add(r.market()));
        published.stream().filter(m -> !markets.contains(m)).forEach(facts.resolutionRisks()::remove);
        published.clear();
        published.addAll(markets);
        facts.resolutionRisks().publish(read.risks());
        LOG.info("resolution risks read from {}: {} markets, {} bad lines", path, markets.size(), read.errors().size());
    }

    /** Parses the file's lines; blank lines are skipped, a bad line becomes an error naming its number. */
    public static Read parse(List<String> lines) {
        List<ResolutionRisk> risks = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                risks.add(parseLine(line));
            } catch (IllegalArgumentException | IOException e) {
                errors.add("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new Read(risks, errors);
    }

    private static ResolutionRisk parseLine(String line) throws IOException {
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "' (known: market, score, why)");
            }
        }
        JsonNode score = node.get("score");
        if (score == null || !(score.isNumber() || score.isTextual())) {
            throw new IllegalArgumentException("score must be a number or a decimal string");
        }
        BigDecimal value;
        try {
            // Read exactly, never through a double.
            value = new BigDecimal(score.isNumber() ? score.asText() : score.textValue());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("score is not a decimal: '" + score.asText() + "'");
        }
        return new ResolutionRisk(text(node, "market"), value, text(node, "why"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.textValue().isBlank()) {
            throw new IllegalArgumentException(field + " must be a non-blank string");
        }
        return v.textValue();
    }
}
