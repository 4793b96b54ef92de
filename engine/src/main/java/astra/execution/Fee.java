package astra.execution;

import astra.domain.Shares;
import astra.domain.Usd;
import java.util.Objects;

/**
 * A fee as the venue charges it: in collateral (pUSD), in outcome tokens (a V1 BUY pays its fee in
 * the tokens it receives), or nothing. At most one of the two is non-zero.
 */
public record Fee(Usd collateral, Shares tokens) {

    public static final Fee NONE = new Fee(Usd.ZERO, Shares.ZERO);

    public Fee {
        Objects.requireNonNull(collateral, "collateral");
        Objects.requireNonNull(tokens, "tokens");
        if (collateral.isNegative()) {
            throw new IllegalArgumentException("a fee is never negative: " + collateral);
        }
        if (collateral.micros() != 0 && !tokens.isZero()) {
            throw new IllegalArgumentException("a fee is paid in collateral or in tokens, not both");
        }
    }

    public static Fee inCollateral(Usd usd) {
        return new Fee(usd, Shares.ZERO);
    }

    public static Fee inTokens(Shares tokens) {
        return new Fee(Usd.ZERO, tokens);
    }

    public boolean isZero() {
        return collateral.micros() == 0 && tokens.isZero();
    }
}
