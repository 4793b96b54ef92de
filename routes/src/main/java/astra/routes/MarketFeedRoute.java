package astra.routes;

import astra.runtime.BookMoved;
import astra.runtime.ExecutorCommand;
import astra.runtime.FeedDropped;
import astra.runtime.MakerLoop;
import astra.runtime.MarketFeed;
import astra.runtime.PublishTick;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.function.BooleanSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.seda.SedaEndpoint;

/**
 * Market channel: raw frames are decoded and applied to the books on the feed thread; the decision
 * timer's {@link PublishTick} on the same queue makes that thread copy its books into a snapshot
 * for the decision thread, so the books are never shared. A frame that moves the top of a quoted
 * market's books has that market requoted at once, on this thread ({@link MakerLoop#onBookMoved}),
 * and its commands go straight to the executor: no wait for the tick.
 */
public final class MarketFeedRoute extends RouteBuilder {
    private final MarketFeed feed;
    private final MakerLoop loop;
    private final BooleanSupplier decisionSlotFree;
    private final Duration keepWarm;

    /**
     * @param decisionSlotFree claims the decision thread's slot for one snapshot; false while the
     *     last one is still queued or being decided (the tick is then skipped)
     * @param keepWarm how often at most a frame that ordered nothing, with no frame waiting behind it,
     *     is followed by a keep-warm round of the ordering path ({@link MakerLoop#keepWarm}); zero for
     *     never
     */
    public MarketFeedRoute(MarketFeed feed, MakerLoop loop, BooleanSupplier decisionSlotFree, Duration keepWarm) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.loop = Objects.requireNonNull(loop, "loop");
        this.decisionSlotFree = Objects.requireNonNull(decisionSlotFree, "decisionSlotFree");
        this.keepWarm = Objects.requireNonNull(keepWarm, "keepWarm");
    }

    /**
     * The frame's book moves decided one after the other, their commands in that order. Called
     * directly, not split into an exchange per move: Camel's splitting and bean binding cost a move
     * more than deciding it. A move that fails is counted and left to the next cycle by the loop,
     * so the other moves' commands, already counted in flight, still reach the executor.
     */
    private List<ExecutorCommand> decideMoves(List<BookMoved> moves, BlockingQueue<Exchange> waiting) {
        List<ExecutorCommand> commands = new ArrayList<>(2);
        for (BookMoved moved : moves) {
            commands.addAll(loop.onBookMoved(moved));
        }
        if (commands.isEmpty() && waiting.isEmpty()) {
            // After the frame's own work, and only with no frame waiting: a round delays whatever
            // comes next, and frames come in bursts (docs/benchmarks.md, latency, session 16).
            loop.keepWarm(keepWarm);
        }
        return commands;
    }

    @Override
    public void configure() {
        ProducerTemplate executor = getContext().createProducerTemplate();
        BlockingQueue<Exchange> waiting =
                getContext().getEndpoint(Endpoints.MARKET_FEED, SedaEndpoint.class).getQueue();
        from(Endpoints.MARKET_FEED).routeId("market-feed")
                .choice()
                    .when(body().isInstanceOf(PublishTick.class))
                        .process(exchange -> exchange.setRouteStop(!decisionSlotFree.getAsBoolean()))
                        .bean(feed, "snapshot")
                        .to(Endpoints.DECISIONS)
                    .when(body().isInstanceOf(FeedDropped.class))
                        .bean(feed, "onDrop")
                    .otherwise()
                        .process(exchange -> {
                            // Sent here rather than split: most frames order nothing, and a split of
                            // their empty list is Camel work every frame queued behind waits for
                            // (docs/benchmarks.md, latency, session 16).
                            String frame = exchange.getMessage().getBody(String.class);
                            for (ExecutorCommand c : decideMoves(feed.onFrame(frame), waiting)) {
                                executor.sendBody(Endpoints.EXECUTOR, c);
                            }
                        })
                .end();
    }
}
