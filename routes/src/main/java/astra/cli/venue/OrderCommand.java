package astra.cli.venue;

import picocli.CommandLine.Command;

/** {@code astra order}: groups the order signing diagnostics; does nothing by itself. */
@Command(
        name = "order",
        mixinStandardHelpOptions = true,
        description = "Signs or verifies one order offline, with the venue's EIP-712 domains.",
        subcommands = {SignOrderCommand.class, VerifyOrderCommand.class})
public final class OrderCommand {}
