package astra.runtime;

import astra.domain.ConditionId;
import astra.facts.FactStore;
import astra.polymarket.auth.TradingSecrets;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.SignatureType;
import astra.polymarket.wallet.PreflightReport;
import astra.polymarket.wallet.WalletPreflight;
import astra.polymarket.wallet.WalletSetup;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A live session: real orders on the venue at {@code clob}, signed with the environment's key. It
 * refuses to start — before anything is sent to the venue — unless the operator said
 * {@code --i-understand-this-trades-real-money} and the wallet preflight (chain, gas, pUSD
 * balance, allowances and approvals of the funder) passes. Then it runs like a paper session
 * ({@link TradingSession}) with no hidden reference, its store under {@code data/live/<run id>}.
 */
public final class LiveSession {
    /** The flag that says the operator knows; without it nothing starts. */
    public static final String REAL_MONEY_FLAG = "--i-understand-this-trades-real-money";

    /**
     * What the command asked for.
     *
     * @param websocket the channels' base: {@code <websocket>/market} and {@code <websocket>/user}
     * @param rpc the Polygon JSON-RPC the wallet preflight reads
     * @param funder the orders' maker; the signer's address when empty (EOA)
     * @param understood whether the operator gave {@link #REAL_MONEY_FLAG}
     */
    public record Options(URI clob, URI websocket, URI gamma, URI rpc, long chainId, SignatureType signatureType,
            Optional<Address> funder, Duration duration, Set<ConditionId> markets, int maxMarkets, Path out,
            Optional<StoreConfig> store, Path dataDir, Path rulesDir, String runId, Properties overrides,
            boolean understood) {
        public Options {
            Objects.requireNonNull(clob, "clob");
            Objects.requireNonNull(websocket, "websocket");
            Objects.requireNonNull(gamma, "gamma");
            Objects.requireNonNull(rpc, "rpc");
            Objects.requireNonNull(signatureType, "signatureType");
            Objects.requireNonNull(funder, "funder");
            markets = Set.copyOf(markets);
            TradingSession.requireSensible(duration, maxMarkets);
            if (markets.isEmpty() && maxMarkets == 0) {
                throw new IllegalArgumentException("name the markets to trade live with --market CONDITION_ID "
                        + "or bound them with --markets N");
            }
        }
    }

    /** Why a live session did not start; nothing was sent to the venue. */
    public static final class Refused extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    private LiveSession() {}

    /** Checks, then trades; throws {@link Refused} (with nothing sent) when a check does not pass. */
    public static TradingSession.Result run(Options o, TradingSecrets secrets, PrintWriter console) throws Exception {
        if (!o.understood()) {
            throw new Refused("refusing to trade real money without " + REAL_MONEY_FLAG + "; nothing was sent");
        }
        if (secrets.apiCredentials().isEmpty()) {
            throw new Refused("live trading needs the venue's API credentials in ASTRA_API_KEY, ASTRA_API_SECRET and "
                    + "ASTRA_API_PASSPHRASE; nothing was sent");
        }
        Address signer = secrets.key().address();
        Address funder = o.funder().orElse(signer);
        if (o.signatureType() != SignatureType.EOA && o.funder().isEmpty()) {
            throw new Refused("signature type " + o.signatureType() + " trades for a wallet other than the signer: "
                    + "give it with --funder ADDRESS; nothing was sent");
        }
        PreflightReport preflight = WalletPreflight.create(o.rpc()).check(new WalletSetup(o.chainId(), funder, signer,
                WalletSetup.DEFAULT_MINIMUM_COLLATERAL, WalletSetup.DEFAULT_MINIMUM_GAS_WEI));
        console.println("wallet preflight (" + o.rpc() + "):");
        console.println(preflight.describe().indent(2).stripTrailing());
        console.flush();
        if (!preflight.passed()) {
            throw new Refused("wallet preflight failed (" + preflight.failures().size() + " of "
                    + preflight.checks().size() + " checks): " + preflight.failures().get(0) + "; nothing was sent");
        }

        Clock clock = Clock.systemUTC();
        RuntimeSettings settings = RuntimeSettings.load(o.overrides());
        StoreConfig storeConfig = o.store().orElse(StoreConfig.h2File(o.dataDir().resolve("live").resolve(o.runId())));
        TradingSession.Account account = new TradingSession.Account(o.clob(), o.gamma(),
                URI.create(o.websocket() + "/market"), URI.create(o.websocket() + "/user"), o.chainId(),
                secrets.apiCredentials().get(), secrets.key(), funder, o.signatureType());
        TradingSession.Plan plan = new TradingSession.Plan(o.runId(), "live", o.clob().toString(), "",
                String.format("live %s: REAL ORDERS on %s as %s (%s, funder %s)", o.runId(), o.clob(), signer,
                        o.signatureType(), funder), o.duration(), o.markets(), o.maxMarkets(), o.rulesDir(), o.out(),
                settings);
        try (FactStore facts = FactStore.start(PaperSession.factStoreConfig(settings));
                JdbcOrderStore store = JdbcOrderStore.open(storeConfig, clock)) {
            return TradingSession.run(plan, account, store, facts, SessionReport.Reference.NONE, clock, console);
        }
    }
}
