package astra.cli;

import astra.runtime.PaperSession;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code astra paper}: a paper session against the embedded simulator in real time. */
@Command(name = "paper", mixinStandardHelpOptions = true,
        description = "Run a paper session on the embedded simulator (real time): quotes, fills, the truth report.")
final class PaperCommand implements Callable<Integer> {
    static final Duration DEFAULT_DURATION = Duration.ofMinutes(2);

    @Mixin
    SessionFlags flags = new SessionFlags();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PaperSession.run(flags.options("paper", DEFAULT_DURATION, spec), spec.commandLine().getOut());
        return 0;
    }
}
