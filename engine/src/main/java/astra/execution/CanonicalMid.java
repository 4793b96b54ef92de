package astra.execution;

import astra.domain.Book;
import astra.domain.Price;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mid every part of Astra marks and quotes against, with explicit fallbacks. Rules, in the
 * order they are checked:
 * <ol>
 *   <li><b>Stale</b> (the book's {@code asOf} is more than {@code maxAge} before the clock's now):
 *       no mid. A last trade is no fresher than the book it came with.
 *   <li><b>Crossed</b> (best bid ≥ best ask, a locked book included): no mid. A crossed copy means
 *       messages were missed; nothing should be priced off it, a last trade included, until the book
 *       is resynchronised.
 *   <li><b>Two-sided</b>: (bid + ask) / 2 in micros. Every tick is a multiple of 100 micros, so the
 *       mid of two on-tick prices is exact; for off-tick prices an odd half-micro is rounded half to
 *       even, which favours neither side.
 *   <li><b>Only bids</b>: the best bid, or the last trade when it lies above the bid (the fair price
 *       is at least the bid, so a last trade below it is outdated). <b>Only asks</b>: the best ask,
 *       or the last trade when it lies below the ask.
 *   <li><b>Empty</b>: the last trade when given, else no mid.
 * </ol>
 * Every fallback (all but the plain two-sided mid) is counted in {@link MidFallbackCounters} and
 * logged with its reason: crossed and stale books at WARN (they mean a data problem), one-sided and
 * empty books at DEBUG (they are normal in thin markets).
 */
public final class CanonicalMid {

    private static final Logger LOG = LoggerFactory.getLogger(CanonicalMid.class);

    /**
     * The reason of every plain two-sided mid. A constant, not the prices: nothing reads the reason
     * of a mid that is there (a quote that is skipped for want of a mid shows a fallback's reason),
     * and formatting two prices for each of 1,000 markets every cycle was the session's largest
     * single allocation.
     */
    static final String TWO_SIDED = "two-sided: the mean of the best bid and ask";

    private final Clock clock;
    private final Duration maxAge;
    private final MidFallbackCounters counters;

    public CanonicalMid(Clock clock, Duration maxAge, MidFallbackCounters counters) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.counters = Objects.requireNonNull(counters, "counters");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive, not " + maxAge);
        }
    }

    public MidQuote of(Book book) {
        return of(book, Optional.empty());
    }

    public MidQuote of(Book book, Optional<Price> lastTrade) {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(lastTrade, "lastTrade");
        Instant now = clock.instant();
        if (now.isAfter(book.asOf().plus(maxAge))) { // age > maxAge, without a Duration per book
            return fallback(book, MidFallback.STALE_BOOK, Optional.empty(), MidSource.NONE,
                    "book as of " + book.asOf() + " is " + Duration.between(book.asOf(), now) + " old, more than "
                            + maxAge);
        }
        // Read straight from the levels: every market is marked every cycle, so this path allocates
        // only the mid itself when the book is two-sided.
        Price bid = book.bids().isEmpty() ? null : book.bids().get(0).price();
        Price ask = book.asks().isEmpty() ? null : book.asks().get(0).price();
        if (book.isCrossed()) {
            return fallback(book, MidFallback.CROSSED_BOOK, Optional.empty(), MidSource.NONE,
                    "crossed book: best bid " + bid + " >= best ask " + ask);
        }
        if (bid != null && ask != null) {
            return new MidQuote(Optional.of(midpoint(bid, ask)), MidSource.TWO_SIDED, Optional.empty(), TWO_SIDED);
        }
        if (bid != null) {
            boolean tradeAbove = lastTrade.isPresent() && lastTrade.get().isAbove(bid);
            return fallback(book, MidFallback.BID_SIDE_ONLY, Optional.of(tradeAbove ? lastTrade.get() : bid),
                    tradeAbove ? MidSource.LAST_TRADE : MidSource.BEST_BID_ONLY,
                    "only bids: best bid " + bid + ", last trade " + text(lastTrade));
        }
        if (ask != null) {
            boolean tradeBelow = lastTrade.isPresent() && lastTrade.get().isBelow(ask);
            return fallback(book, MidFallback.ASK_SIDE_ONLY, Optional.of(tradeBelow ? lastTrade.get() : ask),
                    tradeBelow ? MidSource.LAST_TRADE : MidSource.BEST_ASK_ONLY,
                    "only asks: best ask " + ask + ", last trade " + text(lastTrade));
        }
        return fallback(book, MidFallback.EMPTY_BOOK, lastTrade,
                lastTrade.isPresent() ? MidSource.LAST_TRADE : MidSource.NONE,
                "empty book, last trade " + text(lastTrade));
    }

    /** (bid + ask) / 2, an odd half-micro rounded half to even. */
    static Price midpoint(Price bid, Price ask) {
        long sum = bid.micros() + ask.micros();
        long half = sum / 2;
        if (sum % 2 != 0 && half % 2 != 0) {
            half++;
        }
        return new Price(half);
    }

    private MidQuote fallback(Book book, MidFallback fallback, Optional<Price> mid, MidSource source,
            String reason) {
        counters.increment(fallback);
        if (fallback == MidFallback.CROSSED_BOOK || fallback == MidFallback.STALE_BOOK) {
            LOG.warn("mid fallback {} for token {} (epoch {}): {}", fallback, book.token(), book.epoch(), reason);
        } else if (LOG.isDebugEnabled()) { // the four arguments would be boxed into an array for nothing
            LOG.debug("mid fallback {} for token {} (epoch {}): {}", fallback, book.token(), book.epoch(), reason);
        }
        return new MidQuote(mid, source, Optional.of(fallback), reason);
    }

    private static String text(Optional<Price> price) {
        return price.map(Price::toString).orElse("none");
    }
}
