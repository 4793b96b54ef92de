package astra.cli.venue;

import astra.cli.AstraCli;
import astra.cli.JsonOutput;
import astra.polymarket.auth.AuthHeaders;
import astra.polymarket.auth.L1Auth;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code astra auth l1}: the L1 headers (create or derive an API key) for the key in the environment. */
@Command(
        name = "l1",
        mixinStandardHelpOptions = true,
        description = "Prints the L1 headers POLY_ADDRESS, POLY_SIGNATURE, POLY_TIMESTAMP, POLY_NONCE for the"
                + " key in ASTRA_PRIVATE_KEY, as JSON.")
public final class L1AuthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--timestamp", required = true, paramLabel = "T", description = "unix seconds, as signed")
    long timestamp;

    @Option(names = "--nonce", required = true, paramLabel = "N", description = "the nonce signed")
    long nonce;

    @Option(names = "--chain", defaultValue = "137", paramLabel = "N",
            description = "chain id: 137 Polygon, 80002 Amoy test chain (default: ${DEFAULT-VALUE})")
    long chain;

    @Override
    public Integer call() {
        if (timestamp < 0 || nonce < 0) {
            throw new IllegalArgumentException("--timestamp and --nonce must not be negative");
        }
        if (chain <= 0) {
            throw new IllegalArgumentException("--chain must be positive, got " + chain);
        }
        AuthHeaders headers = new L1Auth(SigningKey.from(AstraCli.environment(spec)), chain).headers(timestamp, nonce);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        headers.values().forEach(out::put);
        JsonOutput.print(spec, out);
        return 0;
    }
}
