package astra.report;

import astra.domain.Price;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** The mids of some tokens observed at one instant, used to mark open positions along the way. */
public record MarkSnapshot(Instant time, Map<TokenId, Price> mids) {
    public MarkSnapshot {
        Objects.requireNonNull(time, "time");
        mids = Map.copyOf(Objects.requireNonNull(mids, "mids"));
    }
}
