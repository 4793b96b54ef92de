package astra.runtime;

import astra.domain.Book;
import astra.domain.Price;
import astra.domain.TokenId;
import astra.facts.MarketFacts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the feed thread hands the decision thread at each decision tick: immutable book copies,
 * the last trade price per token, the markets' facts, and when market data last changed each
 * book (the copies are stamped with the tick's time, so a book's own freshness is only here; a
 * book that never heard from the feed has no entry), and when the market channel last carried
 * data (the facts' channel stamp; see {@link MarketFacts}). Never a live book. Its maps are
 * immutable: copies, or maps the feed built for this snapshot alone ({@link HandedOverMap}).
 */
public record MarketSnapshot(Instant at, Map<TokenId, Book> books, Map<TokenId, Price> lastTrades,
        List<MarketFacts> facts, Map<TokenId, Instant> bookUpdatedAt, Instant channelDataAt) {
    public MarketSnapshot {
        books = HandedOverMap.immutable(books);
        lastTrades = HandedOverMap.immutable(lastTrades);
        facts = List.copyOf(facts);
        bookUpdatedAt = HandedOverMap.immutable(bookUpdatedAt);
        Objects.requireNonNull(channelDataAt, "channelDataAt");
    }

    /**
     * A snapshot without per-book update times or channel data (every book then reads as never
     * updated, and the channel as never heard from).
     */
    public MarketSnapshot(Instant at, Map<TokenId, Book> books, Map<TokenId, Price> lastTrades,
            List<MarketFacts> facts) {
        this(at, books, lastTrades, facts, Map.of(), Instant.EPOCH);
    }

    public Optional<Book> book(TokenId token) {
        return Optional.ofNullable(books.get(token));
    }

    public Optional<Price> lastTrade(TokenId token) {
        return Optional.ofNullable(lastTrades.get(token));
    }

    /** When market data last changed this token's book, if it ever did. */
    public Optional<Instant> bookUpdatedAt(TokenId token) {
        return Optional.ofNullable(bookUpdatedAt.get(token));
    }
}
