package astra.cli;

import astra.domain.ConditionId;
import astra.polymarket.auth.EnvironmentSecrets;
import astra.polymarket.auth.TradingSecrets;
import astra.polymarket.gamma.GammaClient;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.SignatureType;
import astra.polymarket.venue.VenueConnection;
import astra.runtime.LiveSession;
import astra.store.StoreConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code astra live}: real orders on a venue. Refuses to start — nothing sent — without
 * {@value LiveSession#REAL_MONEY_FLAG} and a passing wallet preflight. Secrets come from the
 * environment only ({@link EnvironmentSecrets}); no flag takes a key or an API secret.
 */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"Trade REAL MONEY on a venue: real orders signed with ASTRA_PRIVATE_KEY and the API credentials "
                + "in ASTRA_API_KEY / ASTRA_API_SECRET / ASTRA_API_PASSPHRASE.",
            "Refuses to start (nothing sent) without " + LiveSession.REAL_MONEY_FLAG
                + " and a passing wallet preflight (chain, gas, pUSD balance, allowances, approvals)."})
final class LiveCommand implements Callable<Integer> {
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    @Option(names = "--clob-url", required = true, paramLabel = "URL",
            description = "The CLOB's base URL (e.g. https://clob.polymarket.com).")
    URI clob;

    @Option(names = "--ws-url", required = true, paramLabel = "URL",
            description = "The channels' base URL; <URL>/market and <URL>/user are opened "
                    + "(e.g. wss://ws-subscriptions-clob.polymarket.com/ws).")
    URI websocket;

    @Option(names = "--gamma-url", paramLabel = "URL", defaultValue = GammaClient.DEFAULT_BASE,
            description = "Gamma, the market catalog (default: ${DEFAULT-VALUE}).")
    URI gamma;

    @Option(names = "--rpc-url", required = true, paramLabel = "URL",
            description = "A Polygon JSON-RPC endpoint for the wallet preflight.")
    URI rpc;

    @Option(names = "--chain", defaultValue = "" + VenueConnection.DEFAULT_CHAIN_ID, paramLabel = "N",
            description = "Chain id of the exchange contracts (default: ${DEFAULT-VALUE}, Polygon).")
    long chain;

    @Option(names = "--signature-type", defaultValue = "EOA", paramLabel = "TYPE",
            description = "Who signs for the maker: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SignatureType signatureType;

    @Option(names = "--funder", paramLabel = "ADDRESS",
            description = "The wallet that holds pUSD and makes the orders (default: the signer's address; "
                    + "required for a signature type other than EOA).")
    String funder;

    @Option(names = "--market", paramLabel = "CONDITION_ID",
            description = "Trade this market (repeat for more); all must be in the catalog.")
    List<String> market = new ArrayList<>();

    @Option(names = "--markets", defaultValue = "0", paramLabel = "N",
            description = "Trade at most N markets (the catalog's first by condition id, or of those named).")
    int markets;

    @Option(names = LiveSession.REAL_MONEY_FLAG, description = "Required: says you know this places real orders.")
    boolean understood;

    @Mixin
    SessionOptions session = new SessionOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!understood) {
            // Before reading any secret or reaching any network.
            throw new LiveSession.Refused("refusing to trade real money without " + LiveSession.REAL_MONEY_FLAG
                    + "; nothing was sent");
        }
        Environment env = AstraCli.environment(spec);
        TradingSecrets secrets = EnvironmentSecrets.from(secretsOf(env));
        String runId = "live-" + LocalDateTime.now(ZoneOffset.UTC).format(RUN_ID);
        Path home = StoreOptions.AstraHome.path();
        Path rulesDir = session.rulesDir(home);
        Optional<StoreConfig> storeConfig = store.url == null ? Optional.empty() : Optional.of(store.config(env));
        Set<ConditionId> only = market.stream().map(String::strip).map(ConditionId::new).collect(Collectors.toSet());
        LiveSession.Options options = new LiveSession.Options(clob, websocket, gamma, rpc, chain, signatureType,
                Optional.ofNullable(funder).map(LiveCommand::address), session.duration(PaperCommand.DEFAULT_DURATION), only,
                markets, session.out(runId), storeConfig, home.resolve("data"), rulesDir, runId,
                new Properties(), understood);
        LiveSession.run(options, secrets, spec.commandLine().getOut());
        return 0;
    }

    /** The secret variables only, read from the command's environment (never from flags). */
    private static Map<String, String> secretsOf(Environment env) {
        Map<String, String> vars = new HashMap<>();
        for (String name : List.of(EnvironmentSecrets.PRIVATE_KEY, EnvironmentSecrets.API_KEY,
                EnvironmentSecrets.API_SECRET, EnvironmentSecrets.API_PASSPHRASE)) {
            String value = env.get(name);
            if (value != null) {
                vars.put(name, value);
            }
        }
        return vars;
    }

    private static Address address(String text) {
        try {
            return Address.of(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--funder: " + e.getMessage());
        }
    }
}
