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
import astra.facts.EvidenceTier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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
        Section top = new Section("", root, "portfolio", "satellite", "feeds", "close", "toxicity", "execution",
                "quoteability", "parity");
        return new Policy(
                portfolio(top.section("portfolio", "cluster-cap", "aggregate-cap")),
                satellite(top.section("satellite", "min-edge", "budget", "evidence-tiers")),
                feeds(top.section("feeds", "market-feed-stale-seconds", "user-channel-blind-seconds",
                        "heartbeat-failure-limit", "error-rate-limit")),
                close(top.section("close", "close-window-seconds", "watch-seconds", "ratchet")),
                toxicity(top.section("toxicity", "min-fill-count", "t-stat", "adverse-markout-bps", "response")),
                execution(top.section("execution", "mutations-per-minute", "max-batch", "requote-drift-ticks")),
                quoteability(top.section("quoteability", "min-score", "resolution-risk-veto")),
                parity(top.section("parity", "book-fresh-seconds")));
    }

    private static Policy.PortfolioCaps portfolio(Section s) {
        return new Policy.PortfolioCaps(s.decimal("cluster-cap"), s.decimal("aggregate-cap"));
    }

    private static Policy.SatelliteLimits satellite(Section s) {
        Set<EvidenceTier> tiers = EnumSet.noneOf(EvidenceTier.class);
        for (String tier : s.words("evidence-tiers")) {
            tiers.add(s.oneOf("evidence-tiers", tier, EvidenceTier.values(), EvidenceTier::name));
        }
        return new Policy.SatelliteLimits(s.decimal("min-edge"), s.decimal("budget"), tiers);
    }

    private static Policy.QuoteabilityGates quoteability(Section s) {
        return new Policy.QuoteabilityGates(s.decimal("min-score"), s.decimal("resolution-risk-veto"));
    }

    private static Policy.ParityLimits parity(Section s) {
        return new Policy.ParityLimits(s.seconds("book-fresh-seconds"));
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
                s.integer("min-fill-count"), s.decimal("t-stat"), s.decimal("adverse-markout-bps"),
                s.oneOf("response", s.text("response"), Policy.ToxicResponse.values(), Policy.ToxicResponse::written));
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

        String text(String name) {
            JsonNode value = required(name);
            if (!value.isTextual()) {
                throw new InvalidPolicyException(key(name), "must be a word, was '" + value.asText() + "'");
            }
            return value.textValue();
        }

        /** A list of words, e.g. {@code [A, B]}. */
        List<String> words(String name) {
            JsonNode value = required(name);
            if (!value.isArray()) {
                throw new InvalidPolicyException(key(name), "must be a list, e.g. [A, B]");
            }
            List<String> words = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw new InvalidPolicyException(key(name), "must list words, found '" + item.asText() + "'");
                }
                words.add(item.textValue());
            }
            return words;
        }

        /** The constant written as {@code word}; anything else is refused with the choices. */
        <E> E oneOf(String name, String word, E[] choices, Function<E, String> written) {
            for (E choice : choices) {
                if (written.apply(choice).equals(word)) {
                    return choice;
                }
            }
            List<String> known = new ArrayList<>();
            for (E choice : choices) {
                known.add(written.apply(choice));
            }
            throw new InvalidPolicyException(key(name), "'" + word + "' is not one of " + known);
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
