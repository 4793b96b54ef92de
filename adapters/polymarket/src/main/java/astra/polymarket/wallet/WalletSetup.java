package astra.polymarket.wallet;

import astra.domain.Usd;
import astra.polymarket.signing.Address;
import java.math.BigInteger;
import java.util.Objects;

/**
 * What the preflight checks a wallet against.
 *
 * @param chainId the chain the venue's contracts are configured for (137 on Polygon)
 * @param funder the address that holds pUSD and outcome tokens and grants the approvals (the EOA,
 *     or the deposit wallet)
 * @param gasPayer the address that pays gas for approvals and redemptions (the signer's EOA)
 * @param minimumCollateral the least pUSD the funder must hold, and the least allowance each exchange
 *     must have ({@link #DEFAULT_MINIMUM_COLLATERAL})
 * @param minimumGasWei the least native balance of the gas payer ({@link #DEFAULT_MINIMUM_GAS_WEI})
 */
public record WalletSetup(long chainId, Address funder, Address gasPayer, Usd minimumCollateral,
        BigInteger minimumGasWei) {
    /** One pUSD: the venue's smallest marketable order. */
    public static final Usd DEFAULT_MINIMUM_COLLATERAL = Usd.parse("1");
    /** 0.1 POL: a few approval transactions at ordinary Polygon gas prices. */
    public static final BigInteger DEFAULT_MINIMUM_GAS_WEI = BigInteger.TEN.pow(17);

    public WalletSetup {
        Objects.requireNonNull(funder, "funder");
        Objects.requireNonNull(gasPayer, "gasPayer");
        Objects.requireNonNull(minimumCollateral, "minimumCollateral");
        Objects.requireNonNull(minimumGasWei, "minimumGasWei");
        if (chainId <= 0 || minimumCollateral.isNegative() || minimumGasWei.signum() < 0) {
            throw new IllegalArgumentException("chainId must be positive and minimums not negative");
        }
    }

    /** An EOA that funds its own orders and pays its own gas, with the default minimums. */
    public static WalletSetup eoa(long chainId, Address address) {
        return new WalletSetup(chainId, address, address, DEFAULT_MINIMUM_COLLATERAL, DEFAULT_MINIMUM_GAS_WEI);
    }
}
