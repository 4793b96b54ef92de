package astra.runtime;

import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.TokenId;
import astra.polymarket.gamma.MarketListing;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The markets a session trades, fixed at start: by condition id, and each token to its market.
 * A market's cluster, for the caps, the active set and the report: its negRisk event (exactly one
 * outcome of it resolves YES), else the event it is listed under when known (the questions of one
 * event move together, e.g. one rate decision by several dates), else the market itself.
 */
public final class MarketUniverse {
    private final Map<ConditionId, Market> markets = new LinkedHashMap<>();
    private final Map<TokenId, Market> byToken = new HashMap<>();
    private final Map<ConditionId, String> eventOf;

    /** Markets whose events are not known: each is its own cluster unless negRisk. */
    public MarketUniverse(List<Market> list) {
        this(list, Map.of());
    }

    /** @param eventOf the event each market is listed under, where known */
    public MarketUniverse(List<Market> list, Map<ConditionId, String> eventOf) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one market");
        }
        for (Market m : list) {
            markets.put(m.conditionId(), m);
            byToken.put(m.yesToken(), m);
            byToken.put(m.noToken(), m);
        }
        this.eventOf = Map.copyOf(eventOf);
    }

    /** The catalog's listings as a universe, with the events they are listed under. */
    public static MarketUniverse of(List<MarketListing> listings) {
        Map<ConditionId, String> events = new HashMap<>();
        listings.forEach(l -> l.eventId().ifPresent(e -> events.put(l.market().conditionId(), e)));
        return new MarketUniverse(listings.stream().map(MarketListing::market).toList(), events);
    }

    public Collection<Market> all() {
        return markets.values();
    }

    public Optional<Market> find(ConditionId id) {
        return Optional.ofNullable(markets.get(id));
    }

    public Market get(ConditionId id) {
        return Objects.requireNonNull(markets.get(id), () -> "not a market of this session: " + id);
    }

    public Optional<Market> ofToken(TokenId token) {
        return Optional.ofNullable(byToken.get(token));
    }

    public List<String> tokenIds() {
        return byToken.keySet().stream().map(TokenId::value).sorted().toList();
    }

    public List<String> conditionIds() {
        return markets.keySet().stream().map(ConditionId::value).toList();
    }

    /**
     * The market's cluster. The engine's {@code ClusterAssignment} makes the same choice with
     * officer-configured groups and other labels ({@code negrisk:}); sessions keep these labels,
     * which their stored runs and reports carry. Bringing the two together is open (docs/status.md).
     */
    public String clusterOf(Market m) {
        if (m.negRiskMarketId().isPresent()) {
            return "event:" + m.negRiskMarketId().get().value();
        }
        String event = eventOf.get(m.conditionId());
        return event != null ? "event:" + event : "market:" + m.conditionId().value();
    }
}
