package astra.polymarket.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExchangeContractsTest {
    @Test
    void negRiskV2Market_signsAgainstTheNegRiskExchangeWithVersion2() {
        ExchangeDomain domain =
                ExchangeContracts.domainFor(ExchangeVersion.V2, true, ExchangeContracts.POLYGON);

        assertThat(domain.verifyingContract())
                .isEqualTo(Address.of("0xe2222d279d744050d28e00520010520000310F59"));
        assertThat(domain.version()).isEqualTo("2");
        assertThat(domain.name()).isEqualTo("Polymarket CTF Exchange");
        assertThat(domain.chainId()).isEqualTo(137);
    }

    @Test
    void v3Market_signsAgainstExchangeV3WithVersion3() {
        ExchangeDomain domain =
                ExchangeContracts.domainFor(ExchangeVersion.V3, false, ExchangeContracts.POLYGON);

        assertThat(domain.verifyingContract())
                .isEqualTo(Address.of("0xe3333700cA9d93003F00f0F71f8515005F6c00Aa"));
        assertThat(domain.version()).isEqualTo("3");
    }

    @Test
    void overriddenContract_isUsedAsGiven() {
        Address fork = Address.of("0x000000000000000000000000000000000000dead");

        ExchangeDomain domain = ExchangeContracts.domain(ExchangeVersion.V2, 31337, fork);

        assertThat(domain.verifyingContract()).isEqualTo(fork);
        assertThat(domain.separator()).isNotEqualTo(
                ExchangeContracts.domainFor(ExchangeVersion.V2, false, 137).separator());
    }

    @Test
    void unknownChain_withoutAnExplicitContract_isAnError() {
        assertThatThrownBy(() -> ExchangeContracts.domainFor(ExchangeVersion.V2, false, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chain 1");
    }
}
