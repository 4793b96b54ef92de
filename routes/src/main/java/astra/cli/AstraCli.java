package astra.cli;

import astra.cli.decode.DecodeCommand;
import astra.cli.venue.AuthCommand;
import astra.cli.venue.OrderCommand;
import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code astra} command and its subcommands. */
@Command(
        name = "astra",
        mixinStandardHelpOptions = true,
        versionProvider = AstraVersion.class,
        description = "Rules-engine driven market making and risk for Polymarket's CLOB.",
        subcommands = {CommandLine.HelpCommand.class, StoreCommand.class, DecodeCommand.class, OrderCommand.class,
            AuthCommand.class, BenchCommand.class, RulesCommand.class, PaperCommand.class, BacktestCommand.class,
            ReportCommand.class, LiveCommand.class})
public final class AstraCli implements Runnable {

    @CommandLine.Spec
    CommandSpec spec;

    private final Environment environment;

    AstraCli(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI on this process's streams and environment and returns its exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), Environment.SYSTEM, args);
    }

    /** Runs the CLI on the given streams and environment (tests call this instead of {@link #main}). */
    public static int execute(PrintWriter out, PrintWriter err, Environment environment, String... args) {
        CommandLine cli = new CommandLine(new AstraCli(environment));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineUsageErrors());
        int exit = cli.execute(args);
        out.flush();
        err.flush();
        return exit;
    }

    /** The environment the running command line was given; commands read secrets only from here. */
    public static Environment environment(CommandSpec anyCommand) {
        return ((AstraCli) anyCommand.root().userObject()).environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
