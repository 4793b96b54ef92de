package astra.routes;

import astra.runtime.FeedDropped;
import astra.runtime.MarketFeed;
import astra.runtime.PublishTick;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.apache.camel.builder.RouteBuilder;

/**
 * Market channel: raw frames are decoded and applied to the books on the feed thread; the decision
 * timer's {@link PublishTick} on the same queue makes that thread copy its books into a snapshot
 * for the decision thread, so the books are never shared.
 */
public final class MarketFeedRoute extends RouteBuilder {
    private final MarketFeed feed;
    private final BooleanSupplier decisionSlotFree;

    /**
     * @param decisionSlotFree claims the decision thread's slot for one snapshot; false while the
     *     last one is still queued or being decided (the tick is then skipped)
     */
    public MarketFeedRoute(MarketFeed feed, BooleanSupplier decisionSlotFree) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.decisionSlotFree = Objects.requireNonNull(decisionSlotFree, "decisionSlotFree");
    }

    @Override
    public void configure() {
        from(Endpoints.MARKET_FEED).routeId("market-feed")
                .choice()
                    .when(body().isInstanceOf(PublishTick.class))
                        .process(exchange -> exchange.setRouteStop(!decisionSlotFree.getAsBoolean()))
                        .bean(feed, "snapshot")
                        .to(Endpoints.DECISIONS)
                    .when(body().isInstanceOf(FeedDropped.class))
                        .bean(feed, "onDrop")
                    .otherwise()
                        .bean(feed, "onFrame(${body})")
                .end();
    }
}
