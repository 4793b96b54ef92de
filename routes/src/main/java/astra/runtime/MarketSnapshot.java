package astra.runtime;

import astra.domain.Book;
import astra.domain.Price;
import astra.domain.TokenId;
import astra.facts.MarketFacts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the feed thread hands the decision thread at each decision tick: immutable book copies,
 * the last trade price per token, and the markets' facts. Never a live book.
 */
public record MarketSnapshot(Instant at, Map<TokenId, Book> books, Map<TokenId, Price> lastTrades,
        List<MarketFacts> facts) {
    public MarketSnapshot {
        books = Map.copyOf(books);
        lastTrades = Map.copyOf(lastTrades);
        facts = List.copyOf(facts);
    }

    public Optional<Book> book(TokenId token) {
        return Optional.ofNullable(books.get(token));
    }

    public Optional<Price> lastTrade(TokenId token) {
        return Optional.ofNullable(lastTrades.get(token));
    }
}
