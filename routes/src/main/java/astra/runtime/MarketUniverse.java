package astra.runtime;

import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.TokenId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The markets a session trades, fixed at start: by condition id, and each token to its market.
 * A market's cluster is its negRisk event (outcomes of one event move together) or, for a
 * standalone market, the market itself.
 */
public final class MarketUniverse {
    private final Map<ConditionId, Market> markets = new LinkedHashMap<>();
    private final Map<TokenId, Market> byToken = new HashMap<>();

    public MarketUniverse(List<Market> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one market");
        }
        for (Market m : list) {
            markets.put(m.conditionId(), m);
            byToken.put(m.yesToken(), m);
            byToken.put(m.noToken(), m);
        }
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

    public static String clusterOf(Market m) {
        return m.negRiskMarketId().map(id -> "event:" + id.value()).orElse("market:" + m.conditionId().value());
    }
}
