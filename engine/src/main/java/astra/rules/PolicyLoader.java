package astra.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads {@code policy.yaml} into a {@link Policy}. Strict on purpose: every key is required,
 * unknown and duplicate keys are refused, numbers must be numbers (a quoted "0.12" is refused) and
 * are read as exact decimals, so a typo can never leave a silently different threshold in force.
 */
public final class PolicyLoader {

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    private final ObjectMapper yaml = YAMLMapper.builder(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            // Keep decimals as written (0.10 stays 0.10, not 0.1) so messages quote the file.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Parses and validates; throws {@link InvalidPolicyException} naming the key at fault. */
    public Policy parse(byte[] content) {
        JsonNode root;
        try {
            root = yaml.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidPolicyException("", "not valid YAML: " + e.getOriginalMessage(),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (IOException e) {
            throw new InvalidPolicyException("", "cannot be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new InvalidPolicyException("", "is empty");
        }
        Section top = new Section("", root, "portfolio", "satellite", "feeds", "close", "toxicity", "execution");
        return new Policy(
                portfolio(top.section("portfolio", "cluster-cap", "aggregate-cap")),
                satellite(top.section("satellite", "min-edge", "budget")),
                feeds(top.section("feeds", "market-feed-stale-seconds", "user-channel-blind-seconds",
                        "heartbeat-failure-limit", "error-rate-limit")),
                close(top.section("close", "close-window-seconds", "watch-seconds", "ratchet")),
                toxicity(top.section("toxicity", "min-fill-count", "t-stat", "adverse-markout-bps")),
                execution(top.section("execution", "mutations-per-minute", "max-batch", "requote-drift-ticks")));
    }

    private static Policy.PortfolioCaps portfolio(Section s) {
        return new Policy.PortfolioCaps(s.decimal("cluster-cap"), s.decimal("aggregate-cap"));
    }

    private static Policy.SatelliteLimits satellite(Section s) {
        return new Policy.SatelliteLimits(s.decimal("min-edge"), s.decimal("budget"));
    }

    private static Policy.FeedHealth feeds(Section s) {
        return new Policy.FeedHealth(
                s.seconds("market-feed-stale-seconds"),
                s.seconds("user-channel-blind-seconds"),
                s.integer("heartbeat-failure-limit"),
                s.decimal("error-rate-limit"));
    }

    private static Policy.CloseRatchet close(Section s) {
        Duration closeWindow = s.seconds("close-window-seconds");
        Duration watch = s.seconds("watch-seconds");
        List<Policy.RatchetStep> steps = new ArrayList<>();
        List<Section> items = s.list("ratchet", "within-seconds", "cap-multiplier");
        for (int i = 0; i < items.size(); i++) {
            Section item = items.get(i);
            try {
                steps.add(new Policy.RatchetStep(item.seconds("within-seconds"), item.decimal("cap-multiplier")));
            } catch (InvalidPolicyException e) {
                // The step cannot know its index; the officer needs it to find the line.
                throw new InvalidPolicyException(e.key().replace("close.ratchet", item.path),
                        e.getMessage().substring(e.key().length() + 2));
            }
        }
        return new Policy.CloseRatchet(closeWindow, watch, steps);
    }

    private static Policy.ToxicityThresholds toxicity(Section s) {
        return new Policy.ToxicityThresholds(
                s.integer("min-fill-count"), s.decimal("t-stat"), s.decimal("adverse-markout-bps"));
    }

    private static Policy.ExecutionLimits execution(Section s) {
        return new Policy.ExecutionLimits(
                s.integer("mutations-per-minute"), s.integer("max-batch"), s.integer("requote-drift-ticks"));
    }

    /** A mapping in the file with the keys it may hold; any other key is refused on sight. */
    private static final class Section {
        private final String path;
        private final JsonNode node;

        Section(String path, JsonNode node, String... knownKeys) {
            this.path = path;
            if (!node.isObject()) {
                throw new InvalidPolicyException(path, "must be a mapping of keys to values");
            }
            this.node = node;
            refuseUnknownKeys(List.of(knownKeys));
        }

        private String key(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        private JsonNode required(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                throw new InvalidPolicyException(key(name), "is required");
            }
            return value;
        }

        Section section(String name, String... knownKeys) {
            return new Section(key(name), required(name), knownKeys);
        }

        List<Section> list(String name, String... knownKeys) {
            JsonNode value = required(name);
            if (!value.isArray()) {
                throw new InvalidPolicyException(key(name), "must be a list");
            }
            List<Section> items = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                items.add(new Section(key(name) + "[" + i + "]", value.get(i), knownKeys));
            }
            return items;
        }

        BigDecimal decimal(String name) {
            JsonNode value = required(name);
            if (!value.isNumber()) {
                throw new InvalidPolicyException(key(name), "must be a number, was '" + value.asText() + "'");
            }
            return value.decimalValue();
        }

        int integer(String name) {
            JsonNode value = required(name);
            if (!value.isIntegralNumber()) {
                throw new InvalidPolicyException(key(name), "must be a whole number, was '" + value.asText() + "'");
            }
            BigInteger big = value.bigIntegerValue();
            if (big.bitLength() > 31) {
                throw new InvalidPolicyException(key(name), "is out of range: " + big);
            }
            return big.intValue();
        }

        Duration seconds(String name) {
            BigDecimal seconds = decimal(name);
            BigDecimal nanos = seconds.multiply(NANOS_PER_SECOND);
            if (nanos.stripTrailingZeros().scale() > 0) {
                throw new InvalidPolicyException(key(name), "has more precision than a nanosecond: " + seconds);
            }
            try {
                return Duration.ofNanos(nanos.longValueExact());
            } catch (ArithmeticException e) {
                throw new InvalidPolicyException(key(name), "is out of range: " + seconds.toPlainString());
            }
        }

        private void refuseUnknownKeys(List<String> knownKeys) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!knownKeys.contains(name)) {
                    throw new InvalidPolicyException(key(name), "unknown key; known keys here: " + knownKeys);
                }
            }
        }
    }
}
