package astra.polymarket.signing;

import java.util.Objects;

/**
 * The EIP-712 domain of one exchange contract on one chain, with its separator computed once.
 * Immutable; equal when name, version, chain and contract are equal.
 */
public final class ExchangeDomain {
    /** The domain name every generation of the venue's exchange uses. */
    public static final String EXCHANGE_NAME = "Polymarket CTF Exchange";

    private final String name;
    private final String version;
    private final long chainId;
    private final Address verifyingContract;
    private final byte[] separator;

    public ExchangeDomain(String name, String version, long chainId, Address verifyingContract) {
        this.name = Objects.requireNonNull(name, "domain name is missing");
        this.version = Objects.requireNonNull(version, "domain version is missing");
        if (chainId <= 0) {
            throw new IllegalArgumentException("chainId must be positive: " + chainId);
        }
        this.chainId = chainId;
        this.verifyingContract =
                Objects.requireNonNull(verifyingContract, "verifying contract is missing");
        this.separator = Eip712.domainSeparator(name, version, chainId, verifyingContract);
    }

    /** The exchange's domain for a protocol version ("1", "2", "3") and contract. */
    public static ExchangeDomain exchange(String version, long chainId, Address contract) {
        return new ExchangeDomain(EXCHANGE_NAME, version, chainId, contract);
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public long chainId() {
        return chainId;
    }

    public Address verifyingContract() {
        return verifyingContract;
    }

    public byte[] separator() {
        return separator.clone();
    }

    /** The digest to sign for a struct hash under this domain. */
    public byte[] digest(byte[] structHash) {
        return Eip712.digest(separator, structHash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExchangeDomain other
                && name.equals(other.name)
                && version.equals(other.version)
                && chainId == other.chainId
                && verifyingContract.equals(other.verifyingContract);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version, chainId, verifyingContract);
    }

    @Override
    public String toString() {
        return name + " v" + version + " chain " + chainId + " at " + verifyingContract;
    }
}
