package astra.runtime;

import astra.domain.Fill;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.execution.Fee;
import astra.execution.Fees;
import astra.polymarket.ws.DecodeError;
import astra.polymarket.ws.FillAttribution;
import astra.polymarket.ws.OurOrders;
import astra.polymarket.ws.TradeMessage;
import astra.polymarket.ws.UserChannelDecoder;
import astra.polymarket.ws.UserEvent;
import astra.polymarket.ws.WsMessage;
import astra.ports.OrderStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import astra.domain.OrderId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user feed thread's work: decode a frame, record our fills in the order store (idempotently,
 * by fill key: the reconciler may have recorded the same trade from the venue's REST view). Returns the fills that were new, for the decision thread's markouts.
 */
public final class UserFeed {
    private static final Logger LOG = LoggerFactory.getLogger(UserFeed.class);

    private final OrderStore store;
    private final MarketUniverse universe;
    private final FeedHealth health;
    private final AstraMetrics metrics;
    private final SessionStats stats;
    private final UserChannelDecoder decoder = new UserChannelDecoder();
    private final FillAttribution attribution;

    public UserFeed(OrderStore store, MarketUniverse universe, FeedHealth health, AstraMetrics metrics,
            SessionStats stats) {
        this.store = Objects.requireNonNull(store, "store");
        this.universe = Objects.requireNonNull(universe, "universe");
        this.health = Objects.requireNonNull(health, "health");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.attribution = new FillAttribution(this::takerFee);
    }

    public List<Fill> onFrame(String frame) {
        List<Fill> recorded = new ArrayList<>();
        for (WsMessage message : decoder.decode(frame)) {
            if (message instanceof DecodeError error) {
                throw new IllegalArgumentException("undecodable user frame: " + error.reason() + " " + error.detail());
            }
            if (message instanceof UserEvent) {
                health.userMessage();
            }
            if (message instanceof TradeMessage trade) {
                Optional<OurOrders> ours = ours(trade);
                if (ours.isEmpty()) {
                    // None of its orders is in the store (placed outside it, or before it was reset):
                    // left to the reconciler, without losing the frame's other trades.
                    metrics.registry().counter("astra_user_trades_unattributed_total").increment();
                    LOG.warn("user trade {} names no order the store knows; left to the reconciliation", trade.id().value());
                    continue;
                }
                for (Fill fill : attribution.ourFills(trade, ours.get())) {
                    if (store.recordFill(fill)) {
                        recorded.add(fill);
                        metrics.fill(fill.liquidity().name());
                        stats.fill();
                    } else {
                        settle(fill);
                    }
                }
            }
            // Order updates are not written here: the firewall (cancels) and the reconciler (venue
            // expiries and cancels) are the order status's only writers, so two threads never race
            // one order through the same transition.
        }
        return recorded;
    }

    /**
     * A trade already recorded moved on (MATCHED → MINED → CONFIRMED, or → FAILED): the store
     * follows, so tokens bought count as sellable once the venue has released them (at MINED). The
     * reconciler writes the same statuses from the venue's REST view; FAILED is final either way.
     */
    private void settle(Fill fill) {
        store.findFill(fill.key()).filter(known -> rank(fill.status()) > rank(known.status())).ifPresent(known -> {
            try {
                store.updateFillStatus(fill.key(), fill.status());
            } catch (IllegalStateException | IllegalArgumentException notAllowed) {
                metrics.registry().counter("astra_fill_status_refused_total").increment();
            }
        });
    }

    /** Where a status stands in a trade's life; messages can arrive late, and a status never goes back. */
    private static int rank(TradeStatus status) {
        return switch (status) {
            case MATCHED -> 0;
            case RETRYING -> 1;
            case MINED -> 2;
            case CONFIRMED -> 3;
            case FAILED -> 4;
        };
    }

    /**
     * Ours by order id, as the store knows them: the trade's top-level address does not say which
     * leg was ours, and a maker fill misread as a taker fill would be recorded under another key
     * than the reconciler's, and counted twice.
     */
    private Optional<OurOrders> ours(TradeMessage trade) {
        Set<OrderId> known = new HashSet<>();
        if (store.findByVenueId(trade.takerOrderId()).isPresent()) {
            known.add(trade.takerOrderId());
        }
        trade.makerOrders().forEach(leg -> {
            if (store.findByVenueId(leg.orderId()).isPresent()) {
                known.add(leg.orderId());
            }
        });
        return known.isEmpty() ? Optional.empty() : Optional.of(OurOrders.ofOrders(known));
    }

    /**
     * Our fee as taker, from the market's schedule (we post only maker quotes, so this is the rare
     * case). A fee the venue takes in tokens is valued at the trade price.
     */
    private Usd takerFee(TradeMessage trade) {
        Market market = universe.find(trade.market())
                .orElseThrow(() -> new IllegalStateException("a trade in a market outside the session: " + trade.market()));
        Fee fee = Fees.fee(market.feeSchedule(), trade.side(), trade.price(), trade.size(), Liquidity.TAKER);
        BigDecimal inTokens = fee.tokens().toBigDecimal().multiply(trade.price().toBigDecimal())
                .setScale(6, RoundingMode.UP);
        return fee.collateral().plus(Usd.of(inTokens));
    }
}
