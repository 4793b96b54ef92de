package astra.execution;

import java.time.Instant;
import java.util.Objects;

/**
 * A GTD order's expiration in whole unix seconds, and whether the market's close cut it short.
 */
public record GtdExpiration(Instant expiresAt, boolean cappedAtMarketClose) {

    public GtdExpiration {
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (expiresAt.getNano() != 0) {
            throw new IllegalArgumentException("a GTD expiration is whole unix seconds: " + expiresAt);
        }
    }

    /** The value the venue's {@code expiration} field carries. */
    public long unixSeconds() {
        return expiresAt.getEpochSecond();
    }
}
