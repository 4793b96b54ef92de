package astra.simulator.auth;

import java.util.Objects;

/**
 * The EIP-712 exchange domain an order of a market must be signed under: version "2" with the CTF
 * or the negRisk exchange, or "3" with ExchangeV3 for markets of the newer protocol.
 */
public record SigningDomain(String version, boolean negRisk, String verifyingContract) {
    public static final String CTF_EXCHANGE_V2 = "0xE111180000d2663C0091e4f400237545B87B996B";
    public static final String NEG_RISK_EXCHANGE_V2 = "0xe2222d279d744050d28e00520010520000310F59";
    public static final String EXCHANGE_V3 = "0xe3333700cA9d93003F00f0F71f8515005F6c00Aa";

    public SigningDomain {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(verifyingContract, "verifyingContract");
    }

    public static SigningDomain forMarket(boolean negRisk, boolean newerProtocol) {
        if (newerProtocol) {
            return new SigningDomain("3", negRisk, EXCHANGE_V3);
        }
        return new SigningDomain("2", negRisk, negRisk ? NEG_RISK_EXCHANGE_V2 : CTF_EXCHANGE_V2);
    }
}
