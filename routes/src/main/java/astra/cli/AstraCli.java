package astra.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code astra} command and its subcommands. */
@Command(
        name = "astra",
        mixinStandardHelpOptions = true,
        versionProvider = AstraVersion.class,
        description = "Rules-engine driven market making and risk for Polymarket's CLOB.",
        subcommands = {CommandLine.HelpCommand.class})
public final class AstraCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new AstraCli());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
