package astra.runtime;

import astra.domain.Book;
import astra.domain.ConditionId;
import astra.domain.BookLevel;
import astra.domain.Market;
import astra.domain.Price;
import astra.domain.TokenId;
import astra.facts.MarketFacts;
import astra.market.OrderBook;
import astra.market.OrderBooks;
import astra.polymarket.ws.DecodeError;
import astra.polymarket.ws.LastTradePrice;
import astra.polymarket.ws.MarketEvent;
import astra.polymarket.ws.MarketEventApplier;
import astra.polymarket.ws.MarketFrameApplier;
import astra.polymarket.ws.WsMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The market feed's work: decode a frame, apply it to the books (microseconds, no I/O), and at
 * each decision tick copy the books into a {@link MarketSnapshot} with the markets' facts (a book's
 * levels are copied again only once it changed: {@link FeedBook}). The books are owned by this
 * class, which is not thread-safe: the market feed route calls it one call at a time, under its lock
 * (from the socket's and the timer's threads, or from the queue's one consumer).
 */
public final class MarketFeed {
    /** Levels summed into a side's depth: the near book a maker competes in. */
    public static final int DEPTH_LEVELS = 5;
    /**
     * Levels a side a {@link BookMoved} carries: the quoter reads only the touch (mid, microprice,
     * the book guard), so the copy on the way from a frame to an order stays small.
     */
    static final int MOVE_LEVELS = 5;

    private final Clock clock;
    private final FeedHealth health;
    private final OrderBooks books;
    private final MarketFrameApplier frames;
    private final MarketEventApplier events;
    /** Created once: the hot path allocates nothing per frame for its callback. */
    private final Consumer<WsMessage> others = this::onOther;
    private DecodeError frameError;
    private boolean frameHadMarketData;
    private final Map<TokenId, Price> lastTrades = new HashMap<>();
    /** {@link #lastTrades} as the last snapshot had it; null once a trade changed a price since. */
    private Map<TokenId, Price> lastTradesCopy;
    private final Consumer<Set<String>> resnapshot;
    private final long resnapshotAfterMillis;
    /** When the feed began: a book that never had data is as old as the feed. */
    private final long startMillis;
    private final Map<TokenId, Long> awaitingSince = new HashMap<>();
    private long lastResnapshotMillis = Long.MIN_VALUE / 2;
    private long booksInvalidated;
    private volatile LatencyProbe probe = LatencyProbe.NONE;
    /** The markets being quoted (set by the decision thread), and their tops as last sent to be requoted. */
    private volatile List<Market> watched = List.of();
    private final Map<ConditionId, Top> tops = new HashMap<>();
    /** The universe's markets in order, with their books (each market's cluster named once). */
    private final List<FeedMarket> markets = new ArrayList<>();

    /**
     * @param resnapshot asks the stream for fresh snapshots of these assets (it reopens the
     *     connections holding them); called by the feed, holding its books: it must not wait on the
     *     stream
     * @param resnapshotAfter how long books may await a snapshot, or the whole channel stay silent,
     *     before fresh snapshots are asked for (and at most once per this period)
     */
    public MarketFeed(Clock clock, MarketUniverse universe, FeedHealth health, Consumer<Set<String>> resnapshot,
            Duration resnapshotAfter) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.resnapshot = Objects.requireNonNull(resnapshot, "resnapshot");
        this.resnapshotAfterMillis = resnapshotAfter.toMillis();
        Objects.requireNonNull(universe, "universe");
        this.health = Objects.requireNonNull(health, "health");
        this.books = new OrderBooks(clock);
        for (Market m : universe.all()) {
            markets.add(new FeedMarket(m, new FeedBook(books.register(m.yesToken(), m.tickSize())),
                    new FeedBook(books.register(m.noToken(), m.tickSize())), universe.clusterOf(m),
                    new BookChurn()));
        }
        this.frames = new MarketFrameApplier(books);
        this.events = new MarketEventApplier(books);
        this.startMillis = clock.millis();
    }

    /**
     * Applies one frame to the books on the hot path (book and price-change frames stream straight
     * into the books; anything else is decoded into events). A frame with an undecodable message
     * throws after the rest of it is applied, so it is dead-lettered and counted.
     */
    public List<BookMoved> onFrame(String frame) {
        long in = System.nanoTime();
        probe.frameIn(frame, in);
        long fastBefore = frames.fastFrames();
        frameError = null;
        frameHadMarketData = false;
        frames.apply(frame, others);
        if (frameHadMarketData || frames.fastFrames() > fastBefore) {
            health.marketData();
        }
        failIfUndecodable();
        return moves(in);
    }

    /**
     * Applies the messages of one frame decoded beforehand (a backtest over recorded events): the
     * same books, trades and errors as {@link #onFrame}, without the decoding.
     */
    public List<BookMoved> onMessages(List<WsMessage> messages) {
        long in = System.nanoTime();
        frameError = null;
        frameHadMarketData = false;
        for (int i = 0, n = messages.size(); i < n; i++) {
            WsMessage m = messages.get(i);
            if (m instanceof MarketEvent event) {
                events.apply(event);
            }
            onOther(m);
        }
        if (frameHadMarketData) {
            health.marketData();
        }
        failIfUndecodable();
        return moves(in);
    }

    /**
     * The markets the decision thread quotes: after each frame their tops of book are compared
     * with the last ones sent, and a market whose top moved is sent to be requoted at once.
     * Called from the decision thread after it picks its active set.
     */
    public void watch(List<Market> quoted) {
        this.watched = List.copyOf(quoted);
    }

    /** The watched markets whose best bid or ask (on either token) changed since their last move was sent. */
    private List<BookMoved> moves(long frameNanos) {
        List<Market> quoted = watched;
        List<BookMoved> moved = null;
        for (int i = 0, n = quoted.size(); i < n; i++) {
            Market m = quoted.get(i);
            OrderBook yes = books.get(m.yesToken());
            OrderBook no = books.get(m.noToken());
            if (!valid(yes) || !valid(no)) {
                continue; // a book awaiting its snapshot is no ground to quote on; the cycle judges it
            }
            Top top = tops.computeIfAbsent(m.conditionId(), k -> new Top());
            if (!top.moved(yes, no)) {
                continue;
            }
            if (moved == null) {
                moved = new ArrayList<>(2);
            }
            Instant at = clock.instant(); // one reading for the move: both books and the move share it
            moved.add(new BookMoved(m, FeedBook.copy(yes, MOVE_LEVELS, at), FeedBook.copy(no, MOVE_LEVELS, at),
                    Optional.ofNullable(lastTrades.get(m.yesToken())), at, top.latest.incrementAndGet(), top.latest,
                    frameNanos));
        }
        return moved == null ? List.of() : moved;
    }

    /** A watched market's tops of book as last sent, and the sequence of its moves. */
    private static final class Top {
        final AtomicLong latest = new AtomicLong();
        private long yesBid = Long.MIN_VALUE;
        private long yesAsk;
        private long noBid;
        private long noAsk;

        /** Whether the tops differ from the last ones sent; if so they are taken as sent. */
        boolean moved(OrderBook yes, OrderBook no) {
            long yb = yes.bidDepth() == 0 ? -1 : yes.bidPriceMicros(0);
            long ya = yes.askDepth() == 0 ? -1 : yes.askPriceMicros(0);
            long nb = no.bidDepth() == 0 ? -1 : no.bidPriceMicros(0);
            long na = no.askDepth() == 0 ? -1 : no.askPriceMicros(0);
            if (yb == yesBid && ya == yesAsk && nb == noBid && na == noAsk) {
                return false;
            }
            yesBid = yb;
            yesAsk = ya;
            noBid = nb;
            noAsk = na;
            return true;
        }
    }

    private void failIfUndecodable() {
        if (frameError != null) {
            throw new IllegalArgumentException("undecodable market frame: " + frameError.reason() + " "
                    + frameError.detail());
        }
    }

    /** Messages the hot path hands on (not book or price changes): trades, errors and the rest. */
    private void onOther(WsMessage message) {
        if (message instanceof DecodeError error) {
            if (frameError == null) {
                frameError = error;
            }
        } else if (message instanceof MarketEvent event) {
            frameHadMarketData = true;
            if (event instanceof LastTradePrice trade) {
                if (!trade.price().equals(lastTrades.put(trade.asset(), trade.price()))) {
                    lastTradesCopy = null;
                }
            }
        }
    }

    /** Set before the feed starts (benchmarks only). */
    public void probe(LatencyProbe probe) {
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    public long fastFrames() {
        return frames.fastFrames();
    }

    /** A connection dropped: its books are invalid until the reconnect's snapshots arrive. */
    public void onDrop(FeedDropped dropped) {
        for (String asset : dropped.assets()) {
            books.find(new TokenId(asset)).ifPresent(book -> {
                book.invalidate();
                booksInvalidated++;
            });
        }
    }

    public long booksInvalidated() {
        return booksInvalidated;
    }

    /**
     * Asks for fresh snapshots when books have waited too long for one (after a drop or a tick
     * change), or when the whole channel has been silent too long while the socket lives (the
     * venue's known failure: PONGs continue, data stops). A merely quiet market is left alone.
     */
    private void resnapshotIfNeeded(long now) {
        boolean channelSilent = health.marketDataAge().toMillis() >= resnapshotAfterMillis;
        Set<String> assets = new LinkedHashSet<>();
        for (OrderBook book : books.all()) {
            if (!book.awaitingSnapshot()) {
                awaitingSince.remove(book.token());
                continue;
            }
            long since = awaitingSince.computeIfAbsent(book.token(), t -> now);
            if (channelSilent || now - since >= resnapshotAfterMillis) {
                assets.add(book.token().value());
            }
        }
        if (channelSilent) {
            books.all().forEach(book -> assets.add(book.token().value()));
        }
        if (!assets.isEmpty() && now - lastResnapshotMillis >= resnapshotAfterMillis) {
            lastResnapshotMillis = now;
            resnapshot.accept(assets);
        }
    }

    /** The decision tick: immutable copies of every book and the markets' facts. */
    public MarketSnapshot snapshot() {
        long now = clock.millis();
        // One stamp for every copy of the tick (it was one clock read per book).
        Instant asOf = clock.instant();
        int tokens = 2 * markets.size();
        Map<TokenId, Book> copied = new HashMap<>(tokens * 4 / 3 + 1);
        Map<TokenId, Instant> updatedAt = new HashMap<>(tokens * 4 / 3 + 1);
        List<MarketFacts> facts = new ArrayList<>(markets.size());
        Instant channelDataAt = health.lastMarketDataAt();
        for (int i = 0, n = markets.size(); i < n; i++) {
            FeedMarket fm = markets.get(i);
            Market m = fm.market();
            OrderBook yes = fm.yes().book();
            OrderBook no = fm.no().book();
            Book yesBook = fm.yes().copy(asOf);
            copied.put(m.yesToken(), yesBook);
            copied.put(m.noToken(), fm.no().copy(asOf));
            putArrival(m.yesToken(), fm.yes().arrival(), updatedAt);
            putArrival(m.noToken(), fm.no().arrival(), updatedAt);
            long updates = yes.updatesApplied() + yes.snapshotsApplied();
            long perMinute = fm.churn().perMinute(now, updates);
            facts.add(factsOf(fm, yesBook, perMinute, now, channelDataAt.toEpochMilli()));
        }
        resnapshotIfNeeded(now);
        if (lastTradesCopy == null) {
            lastTradesCopy = Map.copyOf(lastTrades);
        }
        MarketSnapshot snapshot = new MarketSnapshot(clock.instant(), HandedOverMap.of(copied), lastTradesCopy, facts,
                HandedOverMap.of(updatedAt), channelDataAt);
        probe.snapshotTaken(snapshot, System.nanoTime());
        return snapshot;
    }

    /** When market data last changed the book, if it ever did, into {@code updatedAt}. */
    private static void putArrival(TokenId token, Instant arrival, Map<TokenId, Instant> updatedAt) {
        if (arrival != null) {
            updatedAt.put(token, arrival);
        }
    }

    /**
     * The facts of the YES book, which the venue publishes with the NO book's orders mirrored in at
     * 1 − p (what a YES taker can reach through a mint or merge). The market's data time is the
     * newer book's last update (the feed's start before any); while both books hold a snapshot and
     * await none, it follows the channel's latest data too (a quiet market on a live channel is not
     * stale: its book would have changed had anything happened), so a book awaiting its snapshot
     * goes stale. The channel's time is a stamp of the facts, as their observation instant is.
     */
    private MarketFacts factsOf(FeedMarket fm, Book yesBook, long updatesPerMinute, long now, long channelDataAt) {
        Market m = fm.market();
        OrderBook yes = fm.yes().book();
        OrderBook no = fm.no().book();
        OrderBook newest = newest(yes, no);
        long bid = yesBook.bids().isEmpty() ? MarketFacts.NONE : yesBook.bids().get(0).price().micros();
        long ask = yesBook.asks().isEmpty() ? MarketFacts.NONE : yesBook.asks().get(0).price().micros();
        long mid = bid != MarketFacts.NONE && ask != MarketFacts.NONE ? (bid + ask) / 2 : MarketFacts.NONE;
        long bookData = newest.arrivalMillis() == OrderBook.NO_TIME ? startMillis : newest.arrivalMillis();
        return new MarketFacts(m.conditionId().value(), fm.cluster(), m.negRisk(),
                m.tickSize().micros(), bid, ask, mid, depth(yesBook.bids()), depth(yesBook.asks()),
                updatesPerMinute, bookData, valid(yes) && valid(no), channelDataAt, health.marketConnected(),
                m.clocks().closesAt().toEpochMilli(), m.clocks().expectedProposalAt().toEpochMilli(),
                m.clocks().challengeWindowStartsAt().toEpochMilli(), now);
    }

    /** A book that has had a snapshot and awaits none: its levels are the venue's. */
    private static boolean valid(OrderBook book) {
        return book.arrivalMillis() != OrderBook.NO_TIME && !book.awaitingSnapshot();
    }

    /** Of the two books, the one that heard from the feed last: a market's data age counts both tokens. */
    private static OrderBook newest(OrderBook yes, OrderBook no) {
        return no.arrivalMillis() != OrderBook.NO_TIME && (yes.arrivalMillis() == OrderBook.NO_TIME
                || no.arrivalMillis() > yes.arrivalMillis()) ? no : yes;
    }

    /** Notional of the near levels in pUSD micros: price × size, both in micros. */
    private static long depth(List<BookLevel> levels) {
        long total = 0;
        for (int i = 0; i < Math.min(DEPTH_LEVELS, levels.size()); i++) {
            BookLevel l = levels.get(i);
            total = Math.addExact(total, Math.multiplyExact(l.price().micros(), l.size().micros()) / 1_000_000);
        }
        return total;
    }

    public long unknownAssetMessages() {
        return frames.unknownAssetMessages() + events.unknownAssetMessages();
    }
}
