package astra.report;

import astra.domain.Price;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The mids of some tokens observed at one instant, used to mark open positions along the way. On a
 * mark tape a point holds only what changed since the tape's previous point: the new mids, and the
 * tokens that had a mid then and have none now ({@code gone}).
 */
public record MarkSnapshot(Instant time, Map<TokenId, Price> mids, Set<TokenId> gone) {
    public MarkSnapshot {
        Objects.requireNonNull(time, "time");
        mids = Map.copyOf(Objects.requireNonNull(mids, "mids"));
        gone = Set.copyOf(Objects.requireNonNull(gone, "gone"));
        for (TokenId token : gone) {
            if (mids.containsKey(token)) {
                throw new IllegalArgumentException("token " + token + " both has a mid and is gone at " + time);
            }
        }
    }

    public MarkSnapshot(Instant time, Map<TokenId, Price> mids) {
        this(time, mids, Set.of());
    }
}
