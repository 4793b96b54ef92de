package astra.routes;

import static org.assertj.core.api.Assertions.assertThat;

import astra.runtime.BookMoveDesk;
import astra.runtime.BookMoved;
import astra.runtime.ExecutorCommand;
import astra.runtime.FeedHealth;
import astra.runtime.LatencyProbe;
import astra.runtime.MarketFeed;
import astra.runtime.MarketFeedRecoveryTest;
import astra.runtime.MarketSnapshot;
import astra.runtime.MarketUniverse;
import astra.runtime.PublishTick;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.seda.SedaEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MarketFeedRouteTest {
    private static final BookMoveDesk NO_MOVES = new BookMoveDesk() {
        @Override
        public List<ExecutorCommand> onBookMoved(BookMoved moved) {
            return List.of();
        }

        @Override
        public void keepWarm(Duration every) { }
    };

    private final MarketFeed feed = new MarketFeed(Clock.systemUTC(),
            new MarketUniverse(List.of(MarketFeedRecoveryTest.market())), new FeedHealth(Clock.systemUTC()),
            assets -> { }, Duration.ofSeconds(5));
    private CamelContext camel;
    /** What the route runs on the thread applying each frame. */
    private Runnable onApplyingThread = () -> { };

    private ProducerTemplate onCallersThread() throws Exception {
        return started(Endpoints.MARKET_FEED_ON_CALLER);
    }

    private ProducerTemplate started(String endpoint) throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(new MarketFeedRoute(feed, NO_MOVES, () -> true, Duration.ZERO, endpoint, onApplyingThread));
        camel.start();
        return camel.createProducerTemplate();
    }

    /** The thread that applies the next frame, once it has begun to. */
    private static final class ApplyingThread implements LatencyProbe {
        private final CountDownLatch seen = new CountDownLatch(1);
        private volatile Thread thread;

        @Override
        public void frameIn(String frame, long nanos) {
            thread = Thread.currentThread();
            seen.countDown();
        }

        Thread awaited() throws InterruptedException {
            assertThat(seen.await(10, TimeUnit.SECONDS)).as("a frame was applied").isTrue();
            return thread;
        }
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    @Test
    void onTheCallersThread_aFrameIsInTheBooksWhenItsSendReturns_appliedByTheSender() throws Exception {
        ProducerTemplate frames = onCallersThread();
        ApplyingThread applying = new ApplyingThread();
        feed.probe(applying);

        frames.sendBody(Endpoints.MARKET_FEED_ON_CALLER, MarketFeedRecoveryTest.book(MarketFeedRecoveryTest.YES));

        assertThat(feed.fastFrames()).as("applied before the send returned").isEqualTo(1);
        assertThat(applying.awaited()).isSameAs(Thread.currentThread());
    }

    @Test
    void onTheQueue_aFrameIsAppliedByTheQueuesFeedThread_notByItsSender() throws Exception {
        ProducerTemplate frames = started(Endpoints.MARKET_FEED);
        ApplyingThread applying = new ApplyingThread();
        feed.probe(applying);

        frames.sendBody(Endpoints.MARKET_FEED, MarketFeedRecoveryTest.book(MarketFeedRecoveryTest.YES));

        Thread feedThread = applying.awaited();
        assertThat(feedThread).isNotSameAs(Thread.currentThread());
        assertThat(feedThread.getName()).contains("market-feed");
    }

    @Test
    void theApplyingThreadsSetUp_runsOnTheThreadThatAppliesTheFrame_notOnTicks() throws Exception {
        List<Thread> setUpOn = new CopyOnWriteArrayList<>();
        onApplyingThread = () -> setUpOn.add(Thread.currentThread());
        ProducerTemplate frames = started(Endpoints.MARKET_FEED);
        ApplyingThread applying = new ApplyingThread();
        feed.probe(applying);

        frames.sendBody(Endpoints.MARKET_FEED, PublishTick.INSTANCE);
        frames.sendBody(Endpoints.MARKET_FEED, MarketFeedRecoveryTest.book(MarketFeedRecoveryTest.YES));

        Thread feedThread = applying.awaited();
        assertThat(setUpOn).containsExactly(feedThread);
    }

    @Test
    void onTheCallersThread_aTickHandsTheDecisionThreadASnapshot() throws Exception {
        ProducerTemplate ticks = onCallersThread();

        ticks.sendBody(Endpoints.MARKET_FEED_ON_CALLER, PublishTick.INSTANCE);

        List<Exchange> queued = List.copyOf(camel.getEndpoint(Endpoints.DECISIONS, SedaEndpoint.class).getQueue());
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).getMessage().getBody()).isInstanceOf(MarketSnapshot.class);
    }

    @Test
    void onTheCallersThread_aFrameWaitsWhileATickCopiesTheBooks() throws Exception {
        ProducerTemplate producer = onCallersThread();
        CountDownLatch copying = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch applied = new CountDownLatch(1);
        feed.probe(new LatencyProbe() {
            @Override
            public void snapshotTaken(MarketSnapshot snapshot, long nanos) {
                copying.countDown();
                await(release);
            }

            @Override
            public void frameIn(String frame, long nanos) {
                applied.countDown();
            }
        });
        Thread timer = new Thread(() -> producer.sendBody(Endpoints.MARKET_FEED_ON_CALLER, PublishTick.INSTANCE));
        timer.start();
        assertThat(copying.await(10, TimeUnit.SECONDS)).isTrue();

        Thread socket = new Thread(() -> producer.sendBody(Endpoints.MARKET_FEED_ON_CALLER,
                MarketFeedRecoveryTest.book(MarketFeedRecoveryTest.YES)));
        socket.start();

        assertThat(applied.await(300, TimeUnit.MILLISECONDS)).as("not while the tick holds the books").isFalse();
        release.countDown();
        assertThat(applied.await(10, TimeUnit.SECONDS)).as("once the tick let go").isTrue();
        timer.join(10_000);
        socket.join(10_000);
        assertThat(feed.fastFrames()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
