package astra.polymarket.signing;


/**
 * Which exchange contract a market's orders are signed against. Signing a negRisk market against
 * the plain exchange (or a V3 market against V2) gives a valid-looking signature the venue
 * refuses, so the choice lives here, in one place.
 *
 * <p>Addresses from the venue's V2 SDK configuration: V2 contracts are the same on Polygon (137)
 * and Amoy (80002); ExchangeV3 and the V1 contracts differ per chain.
 */
public final class ExchangeContracts {
    public static final long POLYGON = 137;
    public static final long AMOY = 80002;

    public static final Address CTF_EXCHANGE_V2 =
            Address.of("0xE111180000d2663C0091e4f400237545B87B996B");
    public static final Address NEG_RISK_EXCHANGE_V2 =
            Address.of("0xe2222d279d744050d28e00520010520000310F59");
    public static final Address EXCHANGE_V3_POLYGON =
            Address.of("0xe3333700cA9d93003F00f0F71f8515005F6c00Aa");
    public static final Address EXCHANGE_V3_AMOY =
            Address.of("0x9fE6e61422AdB6F610d8597F9684b16912D50C3D");
    public static final Address CTF_EXCHANGE_V1_POLYGON =
            Address.of("0x4bFb41d5B3570DeFd03C39a9A4D8dE6Bd8B8982E");
    public static final Address CTF_EXCHANGE_V1_AMOY =
            Address.of("0xdFE02Eb6733538f8Ea35D585af8DE5958AD99E40");
    public static final Address NEG_RISK_EXCHANGE_V1 =
            Address.of("0xC5d563A36AE78145C45a50134d48A1215220f80a");

    private ExchangeContracts() {}

    /**
     * The domain a market's orders are signed for.
     *
     * @throws IllegalArgumentException for a chain other than Polygon or Amoy (give the contract
     *     explicitly with {@link #domain(ExchangeVersion, long, Address)} instead)
     */
    public static ExchangeDomain domainFor(ExchangeVersion version, boolean negRisk, long chainId) {
        requireKnownChain(chainId);
        return domain(version, chainId, contractFor(version, negRisk, chainId));
    }

    /** The domain of {@code version} with an overridden verifying contract (tests, forks). */
    public static ExchangeDomain domain(ExchangeVersion version, long chainId, Address contract) {
        return ExchangeDomain.exchange(domainVersion(version), chainId, contract);
    }

    public static String domainVersion(ExchangeVersion version) {
        return switch (version) {
            case V1 -> "1";
            case V2 -> "2";
            case V3 -> "3";
        };
    }

    private static Address contractFor(ExchangeVersion version, boolean negRisk, long chainId) {
        return switch (version) {
            case V1 -> negRisk
                    ? NEG_RISK_EXCHANGE_V1
                    : chainId == POLYGON ? CTF_EXCHANGE_V1_POLYGON : CTF_EXCHANGE_V1_AMOY;
            case V2 -> negRisk ? NEG_RISK_EXCHANGE_V2 : CTF_EXCHANGE_V2;
            // One ExchangeV3 per chain serves plain and negRisk markets of the newer protocol.
            case V3 -> chainId == POLYGON ? EXCHANGE_V3_POLYGON : EXCHANGE_V3_AMOY;
        };
    }

    private static void requireKnownChain(long chainId) {
        if (chainId != POLYGON && chainId != AMOY) {
            throw new IllegalArgumentException("no exchange contracts known for chain " + chainId
                    + "; pass the verifying contract explicitly");
        }
    }
}
