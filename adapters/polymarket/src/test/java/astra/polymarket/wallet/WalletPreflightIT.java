package astra.polymarket.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.signing.Address;
import astra.polymarket.venue.SimulatedVenue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class WalletPreflightIT {
    private final SimulatedVenue sim = new SimulatedVenue();
    private final WalletPreflight preflight = WalletPreflight.create(sim.baseUri().resolve("/rpc"));

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void fundedTrader_passesEveryCheck() {
        PreflightReport report = preflight.check(WalletSetup.eoa(137, SimulatedVenue.DEV_KEY.address()));

        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
        // chain, gas, balance, and allowance + approval for each of the three exchanges.
        assertThat(report.checks()).hasSize(3 + 2 * 3);
    }

    @Test
    void unfundedAddress_failsOnItsBalanceWithAMessageSayingWhatToDo() {
        Address empty = Address.of("0x000000000000000000000000000000000000dEaD");

        PreflightReport report = preflight.check(WalletSetup.eoa(137, empty));

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).extracting(PreflightCheck::name).containsExactly("pUSD balance");
        assertThat(report.failures().get(0).message())
                .startsWith("fund pUSD: 0 pUSD at 0x000000000000000000000000000000000000dEaD");
        assertThat(report.describe()).startsWith("FAIL pUSD balance");
    }

    @Test
    void wrongChain_failsTheChainCheckNamingBothIds() {
        PreflightReport report = preflight.check(WalletSetup.eoa(80002, SimulatedVenue.DEV_KEY.address()));

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).extracting(PreflightCheck::message)
                .anyMatch(msg -> msg.startsWith("chain id 137 but configured 80002"));
    }

    @Test
    void unreachableRpc_failsEveryCheckInsteadOfPassing() {
        PreflightReport report = WalletPreflight.create(java.net.URI.create("http://127.0.0.1:9/rpc"))
                .check(WalletSetup.eoa(137, SimulatedVenue.DEV_KEY.address()));

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).hasSize(report.checks().size())
                .allMatch(c -> c.message().startsWith("could not be read"));
    }
}
