package astra.cli;

import astra.rules.RulesCheck;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code astra rules}: work with rule directories outside a running session. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Check rule directories before they are deployed.",
        subcommands = RulesCommand.Check.class)
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Compiles a directory exactly as a running session would; exit 1 when it would be refused. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compile DIR as the running system would: prints OK, the version and the rule names,"
                    + " or every reason it would be refused as file:line:column: message (exit 1).")
    static final class Check implements Callable<Integer> {
        static final int REFUSED = 1;

        @Parameters(paramLabel = "DIR", description = "The rules directory (e.g. rules).")
        Path directory;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException("not a directory: " + directory);
            }
            RulesCheck.Report report = new RulesCheck(Clock.systemUTC()).check(directory);
            PrintWriter out = report.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr();
            report.lines().forEach(out::println);
            out.flush();
            return report.ok() ? 0 : REFUSED;
        }
    }
}
