package astra.report;

import astra.domain.FillKey;
import astra.domain.Price;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the market did after one fill: the mid at each horizon, and optionally a ground-truth
 * reference price at each horizon (on the simulator, its hidden fair value). A horizon the session
 * ended before is simply absent. The report turns these prices into markouts itself
 * (sign × (mid(t + h) − fill price)), so callers supply observations, never derived numbers.
 */
public record FillMarkouts(FillKey fill, Map<Horizon, Price> midAfter, Map<Horizon, Price> referenceAfter) {

    public FillMarkouts {
        Objects.requireNonNull(fill, "fill");
        midAfter = Map.copyOf(Objects.requireNonNull(midAfter, "midAfter"));
        referenceAfter = Map.copyOf(Objects.requireNonNull(referenceAfter, "referenceAfter"));
    }

    public static FillMarkouts ofMids(FillKey fill, Map<Horizon, Price> midAfter) {
        return new FillMarkouts(fill, midAfter, Map.of());
    }

    public Optional<Price> midAfter(Horizon horizon) {
        return Optional.ofNullable(midAfter.get(horizon));
    }

    public Optional<Price> referenceAfter(Horizon horizon) {
        return Optional.ofNullable(referenceAfter.get(horizon));
    }
}
