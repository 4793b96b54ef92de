package astra.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.definition.KiePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;

/**
 * What {@code astra rules check DIR} reports: compiles a rules directory exactly as the running
 * system would and says either which rules it holds, file by file, or every reason it would be
 * refused as {@code file:line:column: message}. Pure: reads the directory, writes nothing.
 */
public final class RulesCheck {
    private final RuleSetCompiler compiler;

    public RulesCheck(Clock clock) {
        this.compiler = new RuleSetCompiler(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * The outcome of a check.
     *
     * @param ok whether the running system would accept the directory
     * @param versionId the content hash the set would run under (null if the files were unreadable)
     * @param rulesByFile rule names per DRL file, sorted (empty when refused)
     * @param messages why it would be refused (empty when ok)
     */
    public record Report(boolean ok, String versionId, Map<String, List<String>> rulesByFile,
            List<CompilationMessage> messages) {
        public Report {
            rulesByFile = Map.copyOf(rulesByFile);
            messages = List.copyOf(messages);
        }

        /** The report as lines for a terminal. */
        public List<String> lines() {
            if (!ok) {
                List<String> lines = new ArrayList<>();
                lines.add("REFUSED rules " + (versionId == null ? "(unreadable)" : versionId) + ":");
                messages.forEach(m -> lines.add("  " + m));
                return lines;
            }
            List<String> lines = new ArrayList<>();
            lines.add("OK rules " + versionId);
            new TreeMap<>(rulesByFile).forEach((file, rules) -> {
                lines.add("  " + file + " (" + rules.size() + " rules)");
                rules.forEach(rule -> lines.add("    " + rule));
            });
            return lines;
        }
    }

    public Report check(Path directory) {
        try {
            RuleSet rules = compiler.compile(directory);
            return new Report(true, rules.version().id(), rulesByFile(rules), List.of());
        } catch (RuleCompilationFailure refused) {
            return new Report(false, refused.attemptedVersionId(), Map.of(), refused.messages());
        }
    }

    private static Map<String, List<String>> rulesByFile(RuleSet rules) {
        Map<String, TreeSet<String>> byFile = new TreeMap<>();
        for (KiePackage kiePackage : rules.packages()) {
            for (Rule rule : kiePackage.getRules()) {
                String file = sourceFile(rule);
                byFile.computeIfAbsent(file, f -> new TreeSet<>()).add(rule.getName());
            }
        }
        Map<String, List<String>> result = new TreeMap<>();
        byFile.forEach((file, names) -> result.put(file, List.copyOf(names)));
        return result;
    }

    /** The DRL a rule came from, relative to the rules directory (Drools keeps it on its rule impl). */
    private static String sourceFile(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return RuleSetCompiler.relative(impl.getResource().getSourcePath());
        }
        return "(unknown file)";
    }
}
