package astra.simulator.scenario;

import astra.simulator.fault.FaultAction;
import astra.simulator.fault.FaultSchedule;
import astra.simulator.fault.LostResponse;
import astra.simulator.fault.ScheduledFault;
import astra.simulator.world.ScenarioSettings;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Reads a scenario file (YAML; the format is documented in docs/scenarios.md) into a {@link
 * Scenario}. Every key is optional and falls back to the documented default; unknown keys,
 * duplicate keys, values of the wrong type or out of range are refused with the key path.
 */
public final class ScenarioFile {
    private static final int MAX_COUNT = 10_000;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final List<String> FAULT_KINDS = List.of("dropSockets", "silenceMarket", "delayResponses",
            "loseOrderResponses", "failRequests");

    private ScenarioFile() {}

    /** Loads a file; its name without ".yaml"/".yml" names the scenario. */
    public static Scenario load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioFileException(file + ": cannot be read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return parse(text, name, file.toString());
    }

    /** Parses scenario text; {@code source} names it in error messages. */
    public static Scenario parse(String yaml, String name, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ScenarioFileException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Scenario(name, OptionalLong.empty(), ScenarioSettings.defaults(), FaultSchedule.none());
        }
        YamlSection doc = new YamlSection(source, "", root);
        OptionalLong seed = doc.integer("seed", 0, Integer.MAX_VALUE).map(OptionalLong::of).orElse(OptionalLong.empty());
        ScenarioSettings.Builder b = ScenarioSettings.builder();
        doc.section("run").ifPresent(s -> run(s, b));
        doc.section("markets").ifPresent(s -> markets(s, b));
        doc.section("beliefs").ifPresent(s -> beliefs(s, b));
        doc.section("makers").ifPresent(s -> makers(s, b));
        doc.section("takers").ifPresent(s -> takers(s, b));
        doc.section("closes").ifPresent(s -> closes(s, b));
        doc.section("ticks").ifPresent(s -> {
            s.integer("changes", 0, MAX_COUNT).ifPresent(b::tickChanges);
            s.bool("fineNearEdges").ifPresent(b::fineTickNearEdges);
            s.finish();
        });
        doc.section("settlement").ifPresent(s -> {
            s.number("failureRate", 0, 1).ifPresent(b::settlementFailureRate);
            s.finish();
        });
        List<ScheduledFault> faults = new ArrayList<>();
        for (YamlSection f : doc.sections("faults")) {
            faults.add(fault(f));
        }
        doc.finish();
        ScenarioSettings settings;
        try {
            settings = b.build();
        } catch (IllegalArgumentException e) {
            throw new ScenarioFileException(source + ": the settings do not fit together: " + e.getMessage(), e);
        }
        for (ScheduledFault f : faults) {
            if (f.atMillis() >= settings.durationMillis()) {
                throw new ScenarioFileException(source + ": faults: a drill at " + f.atMillis()
                        + " ms is past the end of the run (" + settings.durationMillis() + " ms)");
            }
        }
        return new Scenario(name, seed, settings, new FaultSchedule(faults));
    }

    private static void run(YamlSection s, ScenarioSettings.Builder b) {
        s.duration("duration").ifPresent(b::durationMillis);
        s.duration("step").ifPresent(b::stepMillis);
        s.finish();
    }

    private static void markets(YamlSection s, ScenarioSettings.Builder b) {
        s.integer("standalone", 0, MAX_COUNT).ifPresent(b::standaloneMarkets);
        s.integer("negRiskEvents", 0, MAX_COUNT).ifPresent(b::negRiskEvents);
        s.integer("outcomesPerEvent", 2, 100).ifPresent(b::outcomesPerEvent);
        s.micros("feeRate", 0, 1_000_000).ifPresent(b::feeRateMicros);
        s.finish();
    }

    private static void beliefs(YamlSection s, ScenarioSettings.Builder b) {
        s.number("volatility", 0, 100).ifPresent(b::beliefVolPerSqrtHour);
        s.section("jumps").ifPresent(j -> {
            j.number("perHour", 0, 3_600).ifPresent(b::jumpsPerHour);
            j.number("sizeLogit", 0, 10).ifPresent(b::jumpSizeLogit);
            j.finish();
        });
        s.finish();
    }

    private static void makers(YamlSection s, ScenarioSettings.Builder b) {
        s.duration("lag").ifPresent(b::makerLagMillis);
        s.duration("requote").ifPresent(b::makerRequoteMillis);
        s.integer("halfSpreadTicks", 1, 1_000).ifPresent(b::makerHalfSpreadTicks);
        s.integer("levels", 1, 100).ifPresent(b::makerLevels);
        s.integer("levelShares", 5, 10_000_000).ifPresent(b::makerLevelShares);
        s.number("volSpreadMultiple", 0, 100).ifPresent(b::makerVolSpreadMultiple);
        s.duration("closeWindow").ifPresent(b::makerCloseWindowMillis);
        s.number("closeWidening", 0, 100).ifPresent(b::makerCloseWidening);
        s.finish();
    }

    private static void takers(YamlSection s, ScenarioSettings.Builder b) {
        s.number("perMinute", 0, 6_000).ifPresent(b::takersPerMinute);
        s.integer("maxShares", 5, 10_000_000).ifPresent(b::takerMaxShares);
        s.section("informed").ifPresent(i -> {
            i.number("share", 0, 1).ifPresent(b::informedShare);
            i.number("skill", 0, 1).ifPresent(b::informedSkill);
            i.number("threshold", 0, 1).ifPresent(b::informedThreshold);
            i.finish();
        });
        s.finish();
    }

    private static void closes(YamlSection s, ScenarioSettings.Builder b) {
        s.integer("standalone", 0, MAX_COUNT).ifPresent(b::closes);
        s.integer("events", 0, MAX_COUNT).ifPresent(b::eventCloses);
        s.durations("at").ifPresent(b::closeAtMillis);
        s.section("window").ifPresent(w -> {
            w.number("from", 0, 1).ifPresent(b::closeWindowFrom);
            w.number("to", 0, 1).ifPresent(b::closeWindowTo);
            w.finish();
        });
        s.finish();
    }

    private static ScheduledFault fault(YamlSection f) {
        long at = f.duration("at").orElseThrow(() -> f.error(f.path(), "needs 'at' (when the drill runs, e.g. 30s)"));
        List<String> kinds = f.present(FAULT_KINDS);
        if (kinds.size() != 1) {
            throw f.error(f.path(), "needs exactly one of " + String.join(", ", FAULT_KINDS) + ", found " + kinds);
        }
        FaultAction action = switch (kinds.get(0)) {
            case "dropSockets" -> {
                if (!f.bool("dropSockets").orElseThrow()) {
                    throw f.error(f.pathOf("dropSockets"), "must be true (leave the drill out instead)");
                }
                yield new FaultAction.DropSockets();
            }
            case "silenceMarket" -> new FaultAction.SilenceMarket(f.duration("silenceMarket").orElseThrow());
            case "delayResponses" -> {
                YamlSection d = f.section("delayResponses").orElseThrow();
                long by = d.duration("by").orElseThrow(() -> d.error(d.path(), "needs 'by' (the delay, e.g. 500ms)"));
                long window = d.duration("for").orElseThrow(() -> d.error(d.path(), "needs 'for' (how long, e.g. 20s)"));
                d.finish();
                yield new FaultAction.DelayResponses(by, window);
            }
            case "loseOrderResponses" -> {
                YamlSection l = f.section("loseOrderResponses").orElseThrow();
                int count = l.integer("count", 1, MAX_COUNT).orElse(1);
                String how = l.text("how").orElse(LostResponse.CLOSE_CONNECTION.name());
                l.finish();
                yield new FaultAction.LoseOrderResponses(count, lostResponse(l, how));
            }
            default -> {
                YamlSection r = f.section("failRequests").orElseThrow();
                int count = r.integer("count", 1, MAX_COUNT).orElse(1);
                int status = r.integer("status", 425, 599).orElse(503);
                r.finish();
                if (!(status == 425 || status == 429 || status >= 500)) {
                    throw r.error(r.pathOf("status"), "must be 425, 429 or 5xx, was " + status);
                }
                yield new FaultAction.FailRequests(count, status);
            }
        };
        f.finish();
        return new ScheduledFault(at, action);
    }

    private static LostResponse lostResponse(YamlSection s, String how) {
        try {
            return LostResponse.valueOf(how.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw s.error(s.pathOf("how"), "must be CLOSE_CONNECTION or SERVER_ERROR, was '" + how + "'");
        }
    }
}
