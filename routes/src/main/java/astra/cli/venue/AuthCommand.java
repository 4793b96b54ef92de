package astra.cli.venue;

import picocli.CommandLine.Command;

/** {@code astra auth}: groups the venue authentication diagnostics; does nothing by itself. */
@Command(
        name = "auth",
        mixinStandardHelpOptions = true,
        description = "Builds the venue's authentication headers offline.",
        subcommands = {L1AuthCommand.class})
public final class AuthCommand {}
