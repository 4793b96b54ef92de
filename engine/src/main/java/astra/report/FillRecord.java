package astra.report;

import astra.domain.ClusterId;
import astra.domain.Fill;
import astra.domain.Price;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One counting fill with what the report derives from it, all per share and exact:
 * {@code edgePerShare} = sign × (mid at fill − fill price) — for a maker fill its realized
 * spread, for a taker fill the (usually negative) half-spread it paid; markouts
 * sign × (mid(t + h) − fill price) at each horizon observed, and the same against the reference
 * price when one was supplied.
 */
public record FillRecord(
        Fill fill,
        ClusterId cluster,
        Price midAtFill,
        BigDecimal edgePerShare,
        Map<Horizon, BigDecimal> markoutPerShare,
        Map<Horizon, BigDecimal> referenceMarkoutPerShare) {

    public FillRecord {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(midAtFill, "midAtFill");
        Objects.requireNonNull(edgePerShare, "edgePerShare");
        markoutPerShare = Map.copyOf(markoutPerShare);
        referenceMarkoutPerShare = Map.copyOf(referenceMarkoutPerShare);
    }

    static FillRecord derive(Fill fill, ClusterId cluster, Price midAtFill, FillMarkouts markouts) {
        Map<Horizon, BigDecimal> mids = new java.util.EnumMap<>(Horizon.class);
        Map<Horizon, BigDecimal> refs = new java.util.EnumMap<>(Horizon.class);
        if (markouts != null) {
            markouts.midAfter().forEach((h, p) -> mids.put(h, signedMove(fill, p)));
            markouts.referenceAfter().forEach((h, p) -> refs.put(h, signedMove(fill, p)));
        }
        return new FillRecord(fill, cluster, midAtFill, signedMove(fill, midAtFill), mids, refs);
    }

    /** sign × (price − fill price): positive when the fill was good for us. */
    static BigDecimal signedMove(Fill fill, Price to) {
        return BigDecimal.valueOf(fill.side().sign())
                .multiply(to.toBigDecimal().subtract(fill.price().toBigDecimal()));
    }

    public Optional<BigDecimal> markout(Horizon horizon) {
        return Optional.ofNullable(markoutPerShare.get(horizon));
    }

    /** Edge in USD, exact: edge per share × size. */
    public BigDecimal edgeUsd() {
        return edgePerShare.multiply(fill.size().toBigDecimal());
    }
}
