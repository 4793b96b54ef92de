package astra.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a rules directory ({@code **}{@code /*.drl} and {@code policy.yaml}) into a
 * {@link RuleSet} with the classic (non executable-model) compiler, which is the faster of the two
 * at run time. All problems are gathered before refusing, so one edit can fix them all: compiler
 * errors with file, line and column, policy errors with their key, a DRL outside the folder of its
 * package, and globals the engine does not supply.
 *
 * <p>Each build gets its own ReleaseId and its KieModule is removed from the KieRepository as
 * soon as the KieBase is taken, or modules would pile up with every reload. Thread-safe: builds
 * share nothing but the sequence counter.
 */
public final class RuleSetCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCompiler.class);
    private static final String RESOURCES = "src/main/resources/";
    static final String RELEASE_GROUP = "dev.astra";
    static final String RELEASE_ARTIFACT = "astra-rules";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    private final Clock clock;
    private final ClassLoader factClassLoader;
    private final PolicyLoader policyLoader = new PolicyLoader();
    private final AtomicLong buildSequence = new AtomicLong();

    /** Facts and globals are loaded from this class's loader, where the engine's facts live. */
    public RuleSetCompiler(Clock clock) {
        this(clock, RuleSetCompiler.class.getClassLoader());
    }

    public RuleSetCompiler(Clock clock, ClassLoader factClassLoader) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.factClassLoader = Objects.requireNonNull(factClassLoader, "factClassLoader");
    }

    public RuleSet compile(Path directory) throws RuleCompilationFailure {
        return compile(read(directory));
    }

    /** Reads a directory, turning an unreadable one into a refusal rather than an I/O error. */
    public static RuleSources read(Path directory) throws RuleCompilationFailure {
        try {
            return RuleSources.read(directory);
        } catch (IOException e) {
            throw new RuleCompilationFailure(null,
                    List.of(new CompilationMessage(directory.toString(), 0, 0, "cannot be read: " + e)));
        }
    }

    public RuleSet compile(RuleSources sources) throws RuleCompilationFailure {
        List<CompilationMessage> problems = new ArrayList<>();
        Policy policy = loadPolicy(sources, problems);
        if (sources.drlFiles().isEmpty()) {
            // An empty set would silently lift every veto; refuse it.
            problems.add(new CompilationMessage(".", 0, 0, "no .drl files found in " + sources.directory()));
        }
        sources.drlFiles().forEach(file -> checkPackageFolder(file, problems));
        sources.drlFiles().forEach(file -> RuleTextCheck.check(file, problems));
        // Built even when other checks failed, so the compiler's messages come in the same report.
        KieBase kieBase = sources.drlFiles().isEmpty() ? null : build(sources, problems);
        if (kieBase != null) {
            checkGlobals(kieBase, problems);
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationFailure(sources.versionId(), problems);
        }
        return new RuleSet(kieBase, policy,
                new RulesVersion(sources.versionId(), clock.instant(), sources.fileNames()));
    }

    private Policy loadPolicy(RuleSources sources, List<CompilationMessage> problems) {
        if (sources.policy() == null) {
            problems.add(new CompilationMessage(RuleSources.POLICY_FILE, 0, 0, "is missing"));
            return null;
        }
        try {
            return policyLoader.parse(sources.policy().content());
        } catch (InvalidPolicyException e) {
            problems.add(new CompilationMessage(RuleSources.POLICY_FILE, e.line(), e.column(), e.getMessage()));
            return null;
        }
    }

    /** Drools finds a DRL's package by its folder; a mismatch is refused with a clear message. */
    private static void checkPackageFolder(RuleSources.SourceFile file, List<CompilationMessage> problems) {
        String text = file.text();
        Matcher matcher = PACKAGE.matcher(text);
        String packageName = matcher.find() ? matcher.group(1) : "";
        String expectedFolder = packageName.replace('.', '/');
        int slash = file.name().lastIndexOf('/');
        String folder = slash < 0 ? "" : file.name().substring(0, slash);
        if (!folder.equals(expectedFolder)) {
            int line = packageName.isEmpty() ? 0 : lineOf(text, matcher.start(1));
            problems.add(new CompilationMessage(file.name(), line, 0,
                    (packageName.isEmpty() ? "has no package declaration" : "declares package " + packageName)
                            + " but lies in folder '" + folder + "'; move it to '" + expectedFolder + "/'"));
        }
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private KieBase build(RuleSources sources, List<CompilationMessage> problems) {
        KieServices kie = KieServices.Factory.get();
        ReleaseId releaseId = releaseIdOfBuild(kie, buildSequence.incrementAndGet());
        try {
            KieFileSystem files = kie.newKieFileSystem();
            files.generateAndWritePomXML(releaseId);
            for (RuleSources.SourceFile drl : sources.drlFiles()) {
                files.write(RESOURCES + drl.name(), drl.content());
            }
            KieBuilder builder = kie.newKieBuilder(files, factClassLoader).buildAll();
            for (Message message : builder.getResults().getMessages()) {
                if (message.getLevel() == Message.Level.ERROR) {
                    problems.add(new CompilationMessage(relative(message.getPath()),
                            message.getLine(), message.getColumn(), message.getText().strip()));
                } else {
                    LOG.warn("rules {}: {}:{}:{}: {}", sources.versionId(), relative(message.getPath()),
                            message.getLine(), message.getColumn(), message.getText().strip());
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            return kie.newKieContainer(releaseId, factClassLoader).getKieBase();
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    static ReleaseId releaseIdOfBuild(KieServices kie, long build) {
        return kie.newReleaseId(RELEASE_GROUP, RELEASE_ARTIFACT, "1." + build);
    }

    /** How many builds this compiler has started. */
    long builds() {
        return buildSequence.get();
    }

    static String relative(String path) {
        if (path == null) {
            return "(unknown file)";
        }
        return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    }

    /** A global nobody sets would be null at run time; refuse it at load time instead. */
    private static void checkGlobals(KieBase kieBase, List<CompilationMessage> problems) {
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Global global : kiePackage.getGlobalVariables()) {
                Class<?> provided = RuleSet.PROVIDED_GLOBALS.get(global.getName());
                if (provided == null || !provided.getName().equals(global.getType())) {
                    problems.add(new CompilationMessage(kiePackage.getName().replace('.', '/'), 0, 0,
                            "global " + global.getType() + " " + global.getName()
                                    + " is not supplied by the engine; available: " + describeProvidedGlobals()));
                }
            }
        }
    }

    private static String describeProvidedGlobals() {
        List<String> globals = new ArrayList<>();
        RuleSet.PROVIDED_GLOBALS.forEach((name, type) -> globals.add(type.getName() + " " + name));
        globals.sort(String::compareTo);
        return String.join(", ", globals);
    }
}
