package astra.cli;

import astra.backtest.BacktestSession;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code astra backtest}: the paper session's components over the simulator in virtual time. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Run a backtest: the simulated world in virtual time, as fast as the machine allows; "
                + "writes the same truth report as paper.")
final class BacktestCommand implements Callable<Integer> {
    static final Duration DEFAULT_DURATION = Duration.ofHours(1);

    @Mixin
    SessionFlags flags = new SessionFlags();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BacktestSession.run(flags.options("backtest", DEFAULT_DURATION, spec), spec.commandLine().getOut());
        return 0;
    }
}
