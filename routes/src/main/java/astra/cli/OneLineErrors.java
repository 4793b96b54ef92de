package astra.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on stderr and exit code 1; the stack trace
 * goes to the debug log only, so a person sees what is wrong, not where in the code.
 */
final class OneLineErrors implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OneLineErrors.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cmd.getErr().println(oneLine(cmd, message));
        cmd.getErr().flush();
        LOG.debug("command failed", e);
        return 1;
    }

    /** "astra order sign: message", folded onto one line whatever the message holds. */
    static String oneLine(CommandLine cmd, String message) {
        return cmd.getCommandSpec().qualifiedName() + ": " + message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
