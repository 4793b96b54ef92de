package astra.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A bad command line (unknown option, bad option value, missing parameter) as one line on stderr
 * with a pointer to the help, instead of picocli's message followed by the whole usage text; exit
 * code 2, picocli's code for usage errors.
 */
final class OneLineUsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String help = " (see " + cmd.getCommandSpec().qualifiedName() + " --help)";
        cmd.getErr().println(OneLineErrors.oneLine(cmd, e.getMessage()) + help);
        cmd.getErr().flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
