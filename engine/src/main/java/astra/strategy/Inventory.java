package astra.strategy;

import astra.domain.Micros;
import astra.domain.Shares;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome tokens we hold in one market. YES and NO are the same risk with opposite signs, so
 * the quantity the strategy reasons about is the net YES exposure q = YES − NO (positive = long
 * YES); the token counts themselves matter for what can be sold (a SELL needs tokens) and for
 * parity (selling both needs both).
 */
public record Inventory(Shares yesTokens, Shares noTokens) {

    public static final Inventory FLAT = new Inventory(Shares.ZERO, Shares.ZERO);

    public Inventory {
        Objects.requireNonNull(yesTokens, "yesTokens");
        Objects.requireNonNull(noTokens, "noTokens");
    }

    public static Inventory longYes(Shares yes) {
        return new Inventory(yes, Shares.ZERO);
    }

    public static Inventory longNo(Shares no) {
        return new Inventory(Shares.ZERO, no);
    }

    /** q = YES − NO in token micros, signed. */
    public long netYesMicros() {
        return Math.subtractExact(yesTokens.micros(), noTokens.micros());
    }

    /** q = YES − NO in shares, signed and exact. */
    public BigDecimal netYes() {
        return Micros.toBigDecimal(netYesMicros());
    }

    /** |q| as a size. */
    public Shares absoluteNet() {
        return new Shares(Math.abs(netYesMicros()));
    }
}
