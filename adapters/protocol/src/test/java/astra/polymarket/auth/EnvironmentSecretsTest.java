package astra.polymarket.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentSecretsTest {
    // Hardhat's second development account: public, never funded on a real chain.
    private static final String KEY =
            "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    @Test
    void keyAndAllThreeApiVariables_loadBoth() {
        TradingSecrets secrets = EnvironmentSecrets.from(Map.of(
                "ASTRA_PRIVATE_KEY", KEY,
                "ASTRA_API_KEY", "k",
                "ASTRA_API_SECRET", "c2VjcmV0",
                "ASTRA_API_PASSPHRASE", "p"));

        assertThat(secrets.key().address().checksummed())
                .isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assertThat(secrets.apiCredentials()).contains(new ApiCredentials("k", "c2VjcmV0", "p"));
    }

    @Test
    void keyAlone_loadsWithoutApiCredentials() {
        TradingSecrets secrets = EnvironmentSecrets.from(Map.of("ASTRA_PRIVATE_KEY", KEY));

        assertThat(secrets.apiCredentials()).isEmpty();
    }

    @Test
    void missingKey_namesTheVariable() {
        assertThatThrownBy(() -> EnvironmentSecrets.from(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ASTRA_PRIVATE_KEY is not set");
    }

    @Test
    void malformedKey_namesTheVariableButNotTheValue() {
        String bad = KEY.substring(0, 40) + "xyz";

        assertThatThrownBy(() -> EnvironmentSecrets.from(Map.of("ASTRA_PRIVATE_KEY", bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ASTRA_PRIVATE_KEY: ")
                .hasMessageNotContaining(bad.substring(2, 20));
    }

    @Test
    void partlySetApiCredentials_nameTheMissingVariables() {
        assertThatThrownBy(() -> EnvironmentSecrets.from(
                Map.of("ASTRA_PRIVATE_KEY", KEY, "ASTRA_API_KEY", "k")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("API credentials are partly set; missing ASTRA_API_SECRET, "
                        + "ASTRA_API_PASSPHRASE");
    }

    @Test
    void secretsAndCredentials_printNoSecret() {
        TradingSecrets secrets = EnvironmentSecrets.from(Map.of(
                "ASTRA_PRIVATE_KEY", KEY,
                "ASTRA_API_KEY", "the-key",
                "ASTRA_API_SECRET", "the-secret",
                "ASTRA_API_PASSPHRASE", "the-passphrase"));

        assertThat(secrets.toString()).doesNotContain("59c6995e").doesNotContain("the-")
                .contains("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
        assertThat(secrets.apiCredentials().orElseThrow().toString())
                .isEqualTo("ApiCredentials[key=***, secret=***, passphrase=***]");
    }
}
