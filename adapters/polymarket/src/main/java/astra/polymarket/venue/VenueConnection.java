package astra.polymarket.venue;

import astra.polymarket.auth.ApiCredentials;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.Bytes32;
import astra.polymarket.signing.ExchangeContracts;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.SignatureType;
import java.net.URI;
import java.util.Objects;

/**
 * Everything needed to trade on one account of the venue (or the simulator).
 *
 * @param clobBaseUri the CLOB host ({@code https://clob.polymarket.com}, or the simulator's loopback URI)
 * @param chainId the chain the exchange contracts live on ({@link #DEFAULT_CHAIN_ID}, Polygon)
 * @param credentials the L2 API credentials; their key is each order's {@code owner}
 * @param signer the key that signs orders and L2 requests
 * @param funder the order's {@code maker}: the signer's own address for EOA, the deposit wallet for POLY_1271
 * @param signatureType {@link SignatureType#EOA} by default; POLY_1271 for deposit wallets
 * @param builder the builder code signed into each order ({@link Bytes32#ZERO} by default)
 * @param directory the markets' negRisk flags, protocol versions and fee schedules
 */
public record VenueConnection(URI clobBaseUri, long chainId, ApiCredentials credentials, PrivateKey signer,
        Address funder, SignatureType signatureType, Bytes32 builder, MarketDirectory directory) {
    public static final long DEFAULT_CHAIN_ID = ExchangeContracts.POLYGON;

    public VenueConnection {
        Objects.requireNonNull(clobBaseUri, "clobBaseUri");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(funder, "funder");
        Objects.requireNonNull(signatureType, "signatureType");
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(directory, "directory");
        if (chainId <= 0) {
            throw new IllegalArgumentException("chainId must be positive: " + chainId);
        }
        if (signatureType == SignatureType.EOA && !funder.equals(signer.address())) {
            // The venue refuses such orders as invalid signatures: an EOA order's maker is its signer.
            throw new IllegalArgumentException("an EOA account's funder must be the signer's address "
                    + signer.address() + ", not " + funder + " (use POLY_1271 for a deposit wallet)");
        }
    }

    /** An EOA account on Polygon with no builder code: the signer funds its own orders. */
    public static VenueConnection eoa(URI clobBaseUri, ApiCredentials credentials, PrivateKey signer,
            MarketDirectory directory) {
        return new VenueConnection(clobBaseUri, DEFAULT_CHAIN_ID, credentials, signer, signer.address(),
                SignatureType.EOA, Bytes32.ZERO, directory);
    }

    @Override
    public String toString() {
        return "VenueConnection[" + clobBaseUri + ", chain " + chainId + ", funder " + funder + ", "
                + signatureType + ", credentials=***, signer=***]";
    }
}
