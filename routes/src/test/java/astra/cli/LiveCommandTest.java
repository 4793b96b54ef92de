package astra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.auth.EnvironmentSecrets;
import astra.runtime.LiveSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code astra live}'s refusals that need no venue: each before any network is reached. */
class LiveCommandTest {
    private static final String KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    /** Port 9 (discard) on loopback: nothing answers, so a request would fail loudly, not hang. */
    private static final String[] NOWHERE = {"live", "--clob-url", "http://127.0.0.1:9", "--ws-url", "ws://127.0.0.1:9",
        "--gamma-url", "http://127.0.0.1:9", "--rpc-url", "http://127.0.0.1:9/rpc", "--markets", "1",
        "--rules", System.getProperty("astra.rules.dir", "../rules")};

    private static String[] with(String... more) {
        String[] args = java.util.Arrays.copyOf(NOWHERE, NOWHERE.length + more.length);
        System.arraycopy(more, 0, args, NOWHERE.length, more.length);
        return args;
    }

    @Test
    void withoutTheFlag_refusesBeforeEvenReadingTheKey() {
        CliRun.Result r = CliRun.run(Map.of(), NOWHERE);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(LiveSession.REAL_MONEY_FLAG).doesNotContain("ASTRA_PRIVATE_KEY");
    }

    @Test
    void withTheFlag_butNoKey_namesTheMissingVariable() {
        CliRun.Result r = CliRun.run(Map.of(), with(LiveSession.REAL_MONEY_FLAG));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("ASTRA_PRIVATE_KEY is not set");
    }

    @Test
    void withAKeyButNoApiCredentials_refusesAndSaysWhichVariables() {
        CliRun.Result r = CliRun.run(Map.of(EnvironmentSecrets.PRIVATE_KEY, KEY), with(LiveSession.REAL_MONEY_FLAG));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("ASTRA_API_KEY, ASTRA_API_SECRET and ASTRA_API_PASSPHRASE")
                .contains("nothing was sent").doesNotContain(KEY.substring(2, 12));
    }

    @Test
    void depositWalletSignatureType_withoutFunder_isRefused() {
        CliRun.Result r = CliRun.run(Map.of(EnvironmentSecrets.PRIVATE_KEY, KEY, EnvironmentSecrets.API_KEY, "k",
                EnvironmentSecrets.API_SECRET, "c2VjcmV0", EnvironmentSecrets.API_PASSPHRASE, "p"),
                with(LiveSession.REAL_MONEY_FLAG, "--signature-type", "POLY_1271"));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--funder ADDRESS");
    }

    @Test
    void noMarketsNamedOrBounded_isRefused_soNotEveryMarketOfTheVenueIsTraded() {
        String[] unbounded = {"live", "--clob-url", "http://127.0.0.1:9", "--ws-url", "ws://127.0.0.1:9",
            "--rpc-url", "http://127.0.0.1:9/rpc", "--rules", System.getProperty("astra.rules.dir", "../rules"),
            LiveSession.REAL_MONEY_FLAG};

        CliRun.Result r = CliRun.run(Map.of(EnvironmentSecrets.PRIVATE_KEY, KEY, EnvironmentSecrets.API_KEY, "k",
                EnvironmentSecrets.API_SECRET, "c2VjcmV0", EnvironmentSecrets.API_PASSPHRASE, "p"), unbounded);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--market CONDITION_ID").contains("--markets N");
    }

    @Test
    void missingClobUrl_isAUsageError() {
        CliRun.Result r = CliRun.run(Map.of(), "live", "--ws-url", "ws://x", "--rpc-url", "http://x",
                LiveSession.REAL_MONEY_FLAG);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--clob-url");
    }
}
