package astra.execution;

import astra.domain.Price;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical mid, or its absence, with where it came from and why.
 *
 * @param mid the mid, empty when none can be given
 * @param source which rule produced it
 * @param fallback the fallback taken, empty for a plain two-sided mid
 * @param reason a human sentence for logs and the audit trail
 */
public record MidQuote(Optional<Price> mid, MidSource source, Optional<MidFallback> fallback, String reason) {

    public MidQuote {
        Objects.requireNonNull(mid, "mid");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(reason, "reason");
        if (mid.isEmpty() != (source == MidSource.NONE)) {
            throw new IllegalArgumentException("a mid is absent exactly when its source is NONE");
        }
        if (fallback.isEmpty() != (source == MidSource.TWO_SIDED)) {
            throw new IllegalArgumentException("only a two-sided mid has no fallback");
        }
    }
}
