package astra.routes;

import astra.runtime.BookMoveDesk;
import astra.runtime.BookMoved;
import astra.runtime.ExecutorCommand;
import astra.runtime.FeedDropped;
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
 * Market channel: raw frames are decoded and applied to the books, and the decision timer's
 * {@link PublishTick} copies the books into a snapshot for the decision thread, one at a time under
 * the feed's lock. A frame that moves the top of a quoted market's books has that market requoted at
 * once, on the same thread ({@link BookMoveDesk#onBookMoved}), and its commands go straight to the
 * executor: no wait for the tick.
 *
 * <p>Which thread that is depends on the endpoint. On {@link Endpoints#MARKET_FEED_ON_CALLER} (the
 * default) a frame is applied on the thread that hands it in, the socket's, and a tick on the
 * timer's: a frame waits for no other thread to wake, and frames that come in a burst wait in the
 * socket. On the queue {@link Endpoints#MARKET_FEED} one feed thread takes frames and ticks in turn,
 * and the lock is never contended.
 */
public final class MarketFeedRoute extends RouteBuilder {
    private final MarketFeed feed;
    private final BookMoveDesk loop;
    private final BooleanSupplier decisionSlotFree;
    private final Duration keepWarm;
    private final String endpoint;
    private final Runnable onApplyingThread;

    /**
     * @param decisionSlotFree claims the decision thread's slot for one snapshot; false while the
     *     last one is still queued or being decided (the tick is then skipped)
     * @param keepWarm how often at most a frame that ordered nothing, with no frame waiting behind it
     *     in the queue (none is seen on the caller's thread), is followed by a keep-warm round of the
     *     ordering path ({@link BookMoveDesk#keepWarm}); zero for never
     * @param endpoint {@link Endpoints#marketFeed}: the queue, or the caller's thread
     * @param onApplyingThread run on the thread applying a frame, before it does (each thread's
     *     set-up, such as its scheduling class; cheap once done)
     */
    public MarketFeedRoute(MarketFeed feed, BookMoveDesk loop, BooleanSupplier decisionSlotFree, Duration keepWarm,
            String endpoint, Runnable onApplyingThread) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.loop = Objects.requireNonNull(loop, "loop");
        this.decisionSlotFree = Objects.requireNonNull(decisionSlotFree, "decisionSlotFree");
        this.keepWarm = Objects.requireNonNull(keepWarm, "keepWarm");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.onApplyingThread = Objects.requireNonNull(onApplyingThread, "onApplyingThread");
    }

    /**
     * The frame's book moves decided one after the other, their commands in that order. Called
     * directly, not split into an exchange per move: Camel's splitting and bean binding cost a move
     * more than deciding it. A move that fails is counted and left to the next cycle by the loop,
     * so the other moves' commands, already counted in flight, still reach the executor.
     */
    private List<ExecutorCommand> decideMoves(List<BookMoved> moves, BooleanSupplier framesWaiting) {
        List<ExecutorCommand> commands = List.of(); // most frames move nothing: no list for them
        for (BookMoved moved : moves) {
            List<ExecutorCommand> decided = loop.onBookMoved(moved);
            if (!decided.isEmpty()) {
                if (commands.isEmpty()) {
                    commands = new ArrayList<>(2);
                }
                commands.addAll(decided);
            }
        }
        if (commands.isEmpty() && !framesWaiting.getAsBoolean()) {
            // After the frame's own work, and only with no frame waiting: a round delays whatever
            // comes next, and frames come in bursts (docs/benchmarks.md, latency, session 16).
            loop.keepWarm(keepWarm);
        }
        return commands;
    }

    /** Whether a frame waits behind the one at hand: seen in a queue, never on the caller's thread. */
    private BooleanSupplier framesWaiting() {
        if (getContext().getEndpoint(endpoint) instanceof SedaEndpoint queue) {
            BlockingQueue<Exchange> waiting = queue.getQueue();
            return () -> !waiting.isEmpty();
        }
        return () -> false;
    }

    @Override
    public void configure() {
        ProducerTemplate executor = getContext().createProducerTemplate();
        BooleanSupplier framesWaiting = framesWaiting();
        // Uncontended on the queue's one consumer; on the caller's thread it keeps the socket's frames
        // and the timer's ticks (and several connections' frames) out of each other's way.
        Object books = feed;
        from(endpoint).routeId("market-feed")
                .choice()
                    .when(body().isInstanceOf(PublishTick.class))
                        .process(exchange -> exchange.setRouteStop(!decisionSlotFree.getAsBoolean()))
                        .process(exchange -> {
                            synchronized (books) {
                                exchange.getMessage().setBody(feed.snapshot());
                            }
                        })
                        .to(Endpoints.DECISIONS)
                    .when(body().isInstanceOf(FeedDropped.class))
                        .process(exchange -> {
                            synchronized (books) {
                                feed.onDrop(exchange.getMessage().getBody(FeedDropped.class));
                            }
                        })
                    .otherwise()
                        .process(exchange -> {
                            // Sent here rather than split: most frames order nothing, and a split of
                            // their empty list is Camel work every frame queued behind waits for
                            // (docs/benchmarks.md, latency, session 16).
                            onApplyingThread.run();
                            String frame = exchange.getMessage().getBody(String.class);
                            synchronized (books) {
                                for (ExecutorCommand c : decideMoves(feed.onFrame(frame), framesWaiting)) {
                                    executor.sendBody(Endpoints.EXECUTOR, c);
                                }
                            }
                        })
                .end();
    }
}
