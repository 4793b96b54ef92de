package astra.polymarket.stream;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Market;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.market.OrderBook;
import astra.market.OrderBooks;
import astra.polymarket.clob.BookSnapshot;
import astra.polymarket.clob.ClobClient;
import astra.polymarket.venue.SimulatedVenue;
import astra.polymarket.venue.UtcClock;
import astra.polymarket.ws.MarketChannelDecoder;
import astra.polymarket.ws.MarketEvent;
import astra.polymarket.ws.MarketEventApplier;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The adapter's market-data path wired as the runtime would, against a {@link SimulatedVenue}:
 * {@link MarketStream} (sharded sockets) → one feed thread → {@link MarketChannelDecoder} →
 * {@link MarketEventApplier} → {@link OrderBooks}. The books belong to the feed thread; the test
 * reads them only through {@link #onFeed}, so every read sees the frames handed over before it.
 * As the package documentation asks of a consumer, a dropped connection's books are invalidated
 * on the feed thread, in order with the frames; drops and reopens are also kept for the tests.
 *
 * <p>The books' clock is the venue's virtual clock as last observed by {@link #advance}: data
 * age is then measured in venue time, as a live feed measures it in wall time.
 */
public final class SimulatorBookFeed implements AutoCloseable {
    /** Pings every 100 ms (real time) so a test sees PONGs within a fraction of a second. */
    public static final Duration PING = Duration.ofMillis(100);

    private final SimulatedVenue sim;
    private final List<Market> markets;
    private final ObservedVenueClock clock;
    private final ExecutorService feedThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "feed"));
    private final ScheduledExecutorService sockets = Executors.newScheduledThreadPool(2);
    private final OrderBooks books;
    private final MarketChannelDecoder decoder = new MarketChannelDecoder();
    private final MarketEventApplier applier;
    private final MarketStream stream;
    private final List<Set<String>> drops = new CopyOnWriteArrayList<>();
    private final List<Set<String>> reopens = new CopyOnWriteArrayList<>();

    public SimulatorBookFeed(SimulatedVenue sim, int maxAssetsPerConnection) {
        this.sim = sim;
        this.markets = sim.catalogMarkets();
        this.clock = new ObservedVenueClock(sim.now().toEpochMilli());
        this.books = new OrderBooks(clock);
        this.applier = new MarketEventApplier(books);
        StreamSettings settings = new StreamSettings(sim.marketChannel(), HttpClient.newHttpClient(), sockets,
                new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 10), PING, new SplittableRandom(17),
                clock);
        this.stream = new MarketStream(settings, maxAssetsPerConnection, (shard, frame) -> feedThread.execute(
                () -> decoder.decode(frame, m -> {
                    if (m instanceof MarketEvent e) {
                        applier.apply(e);
                    }
                })), new MarketStream.Listener() {
                    @Override
                    public void onDrop(Set<String> assets) {
                        drops.add(assets);
                        feedThread.execute(() -> assets.forEach(a -> books.get(new TokenId(a)).invalidate()));
                    }

                    @Override
                    public void onReopen(Set<String> assets) {
                        reopens.add(assets);
                    }
                });
    }

    /** The asset sets of the connections that dropped, in the order reported. */
    public List<Set<String>> drops() {
        return List.copyOf(drops);
    }

    /** The asset sets of the connections that reopened after a drop, in the order reported. */
    public List<Set<String>> reopens() {
        return List.copyOf(reopens);
    }

    /** Registers a book per outcome token at the catalog's tick, then subscribes them all. */
    public SimulatorBookFeed start() {
        List<TokenId> tokens = tokens();
        onFeed(b -> {
            for (Market m : markets) {
                b.register(m.yesToken(), m.tickSize());
                b.register(m.noToken(), m.tickSize());
            }
            return null;
        });
        stream.subscribe(tokens.stream().map(TokenId::value).toList());
        return this;
    }

    public List<TokenId> tokens() {
        List<TokenId> out = new ArrayList<>(markets.size() * 2);
        markets.forEach(m -> {
            out.add(m.yesToken());
            out.add(m.noToken());
        });
        return out;
    }

    public MarketStream stream() {
        return stream;
    }

    /** Moves the venue's virtual clock (its crowd trades and requotes meanwhile) and observes it. */
    public void advance(long millis) {
        sim.server.advanceBy(millis);
        clock.observe(sim.now().toEpochMilli());
    }

    /** The venue's time as the books last observed it. */
    public long nowMillis() {
        return clock.millis();
    }

    /** Runs {@code query} on the feed thread, after every frame handed over before this call. */
    public <T> T onFeed(Function<OrderBooks, T> query) {
        Callable<T> task = () -> query.apply(books);
        try {
            return feedThread.submit(task).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("feed thread query failed", e);
        }
    }

    /** Every book as an immutable value, in token order. */
    public Map<TokenId, Book> books() {
        return onFeed(b -> {
            Map<TokenId, Book> out = new LinkedHashMap<>();
            for (TokenId t : tokens()) {
                out.put(t, b.get(t).snapshot());
            }
            return out;
        });
    }

    /** Per token, {@code read} of its book, on the feed thread. */
    public <T> Map<TokenId, T> perBook(Function<OrderBook, T> read) {
        return onFeed(b -> {
            Map<TokenId, T> out = new LinkedHashMap<>();
            for (TokenId t : tokens()) {
                out.put(t, read.apply(b.get(t)));
            }
            return out;
        });
    }

    /** Frames the decoder could not read, and level changes a book refused. */
    public long decodeFailures() {
        return onFeed(b -> decoder.counters().totalFailures());
    }

    public long levelsApplied() {
        return onFeed(b -> applier.levelsApplied());
    }

    /** The venue's own books for our tokens, via POST /books, levels best first. */
    public Map<TokenId, Levels> venueBooks(ClobClient clob) {
        Map<TokenId, Levels> out = new LinkedHashMap<>();
        for (BookSnapshot s : clob.books(tokens())) {
            out.put(s.assetId(), new Levels(s.tickSize().orElseThrow(), s.bids(), s.asks()));
        }
        return out;
    }

    /** Ours, in the same shape as {@link #venueBooks}. */
    public Map<TokenId, Levels> ourBooks() {
        Map<TokenId, Levels> out = new LinkedHashMap<>();
        books().forEach((t, b) -> out.put(t, new Levels(b.tickSize(), b.bids(), b.asks())));
        return out;
    }

    @Override
    public void close() {
        stream.close();
        sockets.shutdownNow();
        feedThread.shutdownNow();
    }

    /** The tick and both sides of a book, best first: what "the same book" means here. */
    public record Levels(TickSize tick, List<BookLevel> bids, List<BookLevel> asks) {}

    /** The venue's clock as last observed; moves only forward, only when observed. */
    static final class ObservedVenueClock extends UtcClock {
        private final AtomicLong millis;

        ObservedVenueClock(long startMillis) {
            this.millis = new AtomicLong(startMillis);
        }

        void observe(long venueMillis) {
            millis.accumulateAndGet(venueMillis, Math::max);
        }

        @Override
        public long millis() {
            return millis.get();
        }
    }
}
