package astra.polymarket.gamma;

import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.NegRiskMarketId;
import astra.polymarket.venue.MarketDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tradable markets as Gamma lists them, refreshed on demand, and the venue adapter's
 * {@link MarketDirectory}. A refresh replaces the whole view at once, so readers on other threads
 * see either the old or the new catalog, never a mix.
 *
 * <p>Tradable: {@link GammaMarket#tradable()} (active, accepting orders, not closed) and convertible
 * by {@link MarketListings}. Everything else is kept as a {@link Refusal} with its reason.
 */
public final class MarketCatalog implements MarketDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(MarketCatalog.class);

    /** One refresh's result. */
    public record Snapshot(Map<ConditionId, MarketListing> listings, List<Refusal> refusals) {
        public Snapshot {
            listings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(listings));
            refusals = List.copyOf(refusals);
        }
    }

    private final GammaClient gamma;
    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(Map.of(), List.of()));

    public MarketCatalog(GammaClient gamma) {
        this.gamma = Objects.requireNonNull(gamma, "gamma");
    }

    /** Reads Gamma's open markets and replaces the catalog. */
    public Snapshot refresh() {
        List<Refusal> refusals = new ArrayList<>();
        Map<ConditionId, MarketListing> listings = new LinkedHashMap<>();
        List<GammaMarket> markets = gamma.openMarkets(e -> refusals.add(new Refusal("?", e.getMessage())));
        for (GammaMarket g : markets) {
            if (!g.tradable()) {
                refusals.add(new Refusal(g.conditionId().value(), "not tradable: active=" + g.active()
                        + ", acceptingOrders=" + g.acceptingOrders() + ", closed=" + g.closed()));
                continue;
            }
            try {
                listings.put(g.conditionId(), MarketListings.of(g));
            } catch (GammaFormatException e) {
                refusals.add(new Refusal(g.conditionId().value(), e.getMessage()));
            }
        }
        Snapshot snapshot = new Snapshot(listings, refusals);
        current.set(snapshot);
        LOG.info("market catalog: {} tradable, {} refused", listings.size(), refusals.size());
        return snapshot;
    }

    public Snapshot snapshot() {
        return current.get();
    }

    public List<MarketListing> listings() {
        return List.copyOf(current.get().listings().values());
    }

    public Optional<MarketListing> listing(ConditionId id) {
        return Optional.ofNullable(current.get().listings().get(id));
    }

    @Override
    public Optional<Market> market(ConditionId conditionId) {
        return listing(conditionId).map(MarketListing::market);
    }

    /** The negRisk markets grouped by their event's negRisk market id, in listing order. */
    public Map<NegRiskMarketId, List<Market>> negRiskGroups() {
        Map<NegRiskMarketId, List<Market>> groups = new LinkedHashMap<>();
        for (MarketListing l : current.get().listings().values()) {
            l.market().negRiskMarketId().ifPresent(
                    id -> groups.computeIfAbsent(id, k -> new ArrayList<>()).add(l.market()));
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(groups);
    }
}
