package astra.market;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Micros;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The L2 book of one token, mutable and owned by exactly one thread: NOT thread-safe. Other
 * threads get {@link #snapshot()}, an immutable {@link Book}.
 *
 * <p>Epochs: a book starts in epoch 0 awaiting its first snapshot. A tick size change (or
 * {@link #invalidate()}, e.g. after a reconnect) starts a new epoch: the levels are dropped and
 * the book awaits a snapshot again, because levels priced on the old tick, and changes relative to
 * them, describe a book that no longer exists. While awaiting, level updates are refused and
 * counted, never applied.
 *
 * <p>Time: the book keeps both the venue's timestamp of the last applied message and the local
 * arrival time read from the injected clock. Staleness is judged by arrival of market data: a
 * socket can answer PING while the market channel has gone silent.
 */
public final class OrderBook {
    /** Returned by the price getters when a side is empty. */
    public static final long NO_PRICE = -1;
    /** Returned by the time getters before any data has been applied. */
    public static final long NO_TIME = Long.MIN_VALUE;

    private final TokenId token;
    private final Clock clock;
    private final BookSide bids = new BookSide(true);
    private final BookSide asks = new BookSide(false);
    private TickSize tickSize;
    private TickMultiples onTick;
    private long epoch;
    private boolean awaitingSnapshot = true;
    private long venueTimeMillis = NO_TIME;
    private long arrivalMillis = NO_TIME;
    private long snapshotsApplied;
    private long updatesApplied;
    private long updatesRefusedAwaitingSnapshot;
    private long updatesRefusedInvalid;
    private long offTickLevels;
    /** Every change of the levels or the epoch counts one, so a copy can tell it is still current. */
    private long changes;

    public OrderBook(TokenId token, TickSize tickSize, Clock clock) {
        this.token = Objects.requireNonNull(token, "token");
        this.tickSize = Objects.requireNonNull(tickSize, "tickSize");
        this.onTick = new TickMultiples(tickSize.micros());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Replaces both sides with a full snapshot. Levels may come in any order (the venue sends the
     * best last); a level of size zero is skipped and a repeated price keeps its last size. Ends
     * the wait for a snapshot.
     */
    public void applySnapshot(PriceLevels bidLevels, PriceLevels askLevels, long venueTimeMillis) {
        bids.clear();
        asks.clear();
        load(bids, bidLevels);
        load(asks, askLevels);
        awaitingSnapshot = false;
        snapshotsApplied++;
        changes++;
        touched(venueTimeMillis);
    }

    private void load(BookSide side, PriceLevels levels) {
        for (int i = 0, n = levels.count(); i < n; i++) {
            long price = levels.priceMicros(i);
            countIfOffTick(price);
            side.set(price, levels.sizeMicros(i));
        }
    }

    /**
     * Sets one level to its new total size (zero removes it): BUY names the bid side, SELL the
     * ask side, as on the venue's price_change messages.
     */
    public LevelUpdateResult applyLevel(Side side, long priceMicros, long sizeMicros, long venueTimeMillis) {
        if (awaitingSnapshot) {
            updatesRefusedAwaitingSnapshot++;
            return LevelUpdateResult.REFUSED_AWAITING_SNAPSHOT;
        }
        if (priceMicros < 0 || priceMicros > Micros.SCALE || sizeMicros < 0) {
            updatesRefusedInvalid++;
            return LevelUpdateResult.REFUSED_INVALID_LEVEL;
        }
        countIfOffTick(priceMicros);
        (side == Side.BUY ? bids : asks).set(priceMicros, sizeMicros);
        updatesApplied++;
        changes++;
        touched(venueTimeMillis);
        return LevelUpdateResult.APPLIED;
    }

    /** A tick size change: new epoch, levels dropped, awaiting a snapshot on the new tick. */
    public void changeTickSize(TickSize newTickSize, long venueTimeMillis) {
        this.tickSize = Objects.requireNonNull(newTickSize, "newTickSize");
        this.onTick = new TickMultiples(newTickSize.micros());
        invalidate();
        touched(venueTimeMillis);
    }

    /** Drops the book and awaits a snapshot in a new epoch (e.g. after the feed was lost). */
    public void invalidate() {
        bids.clear();
        asks.clear();
        epoch++;
        awaitingSnapshot = true;
        changes++;
    }

    private void countIfOffTick(long priceMicros) {
        // Applied anyway: the levels are the venue's truth; an off-tick level means our tick
        // knowledge is stale, which the counter makes visible.
        if (!onTick.contains(priceMicros)) {
            offTickLevels++;
        }
    }

    private void touched(long venueTimeMillis) {
        this.venueTimeMillis = venueTimeMillis;
        this.arrivalMillis = clock.millis();
    }

    public TokenId token() {
        return token;
    }

    public TickSize tickSize() {
        return tickSize;
    }

    public long epoch() {
        return epoch;
    }

    public boolean awaitingSnapshot() {
        return awaitingSnapshot;
    }

    public long bestBidMicros() {
        return bids.isEmpty() ? NO_PRICE : bids.priceFromBest(0);
    }

    public long bestAskMicros() {
        return asks.isEmpty() ? NO_PRICE : asks.priceFromBest(0);
    }

    /** Size resting at the best bid, zero when there is no bid. */
    public long bestBidSizeMicros() {
        return bids.isEmpty() ? 0 : bids.sizeFromBest(0);
    }

    public long bestAskSizeMicros() {
        return asks.isEmpty() ? 0 : asks.sizeFromBest(0);
    }

    public Optional<BookLevel> bestBid() {
        return bids.isEmpty() ? Optional.empty()
                : Optional.of(new BookLevel(new Price(bestBidMicros()), new Shares(bestBidSizeMicros())));
    }

    public Optional<BookLevel> bestAsk() {
        return asks.isEmpty() ? Optional.empty()
                : Optional.of(new BookLevel(new Price(bestAskMicros()), new Shares(bestAskSizeMicros())));
    }

    public int bidDepth() {
        return bids.depth();
    }

    public int askDepth() {
        return asks.depth();
    }

    /** Price of the n-th bid from the touch (0 = best). */
    public long bidPriceMicros(int n) {
        return bids.priceFromBest(n);
    }

    public long bidSizeMicros(int n) {
        return bids.sizeFromBest(n);
    }

    public long askPriceMicros(int n) {
        return asks.priceFromBest(n);
    }

    public long askSizeMicros(int n) {
        return asks.sizeFromBest(n);
    }

    /** Best bid at or above best ask: the book cannot be right (a missed update or a bad feed). */
    public boolean isCrossed() {
        return !bids.isEmpty() && !asks.isEmpty() && bestBidMicros() >= bestAskMicros();
    }

    /** The venue's timestamp of the last applied message, or {@link #NO_TIME}. */
    public long venueTimeMillis() {
        return venueTimeMillis;
    }

    /** When (by the injected clock) market data last changed this book, or {@link #NO_TIME}. */
    public long arrivalMillis() {
        return arrivalMillis;
    }

    /**
     * Whether the book cannot be trusted now: no data yet, awaiting a snapshot, or no market data
     * for longer than {@code maxSilenceMillis} by the injected clock.
     */
    public boolean isStale(long maxSilenceMillis) {
        return awaitingSnapshot || arrivalMillis == NO_TIME
                || clock.millis() - arrivalMillis > maxSilenceMillis;
    }

    /**
     * How many times the levels, the tick size or the epoch have changed: while it reads the same,
     * an immutable copy of the levels taken earlier is still exact (the decision snapshots reuse
     * theirs instead of copying every book every tick).
     */
    public long changes() {
        return changes;
    }

    public long snapshotsApplied() {
        return snapshotsApplied;
    }

    public long updatesApplied() {
        return updatesApplied;
    }

    public long updatesRefusedAwaitingSnapshot() {
        return updatesRefusedAwaitingSnapshot;
    }

    public long updatesRefusedInvalid() {
        return updatesRefusedInvalid;
    }

    public long offTickLevels() {
        return offTickLevels;
    }

    /**
     * The book as an immutable value, levels best first. Its time is the venue's timestamp of the
     * last applied message, else the arrival time, else now.
     */
    public Book snapshot() {
        long millis = venueTimeMillis != NO_TIME ? venueTimeMillis
                : arrivalMillis != NO_TIME ? arrivalMillis : clock.millis();
        return new Book(token, bids.levelsBestFirst(), asks.levelsBestFirst(), tickSize, epoch,
                Instant.ofEpochMilli(millis));
    }
}
