package astra.polymarket.clob;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.ConditionId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.TokenId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A book as GET /book (or one element of POST /books) reports it, with levels re-ordered best
 * first (real answers list the best level last). Older answers lack {@code tick_size},
 * {@code min_order_size} and {@code neg_risk}, hence the optionals.
 *
 * @param timestamp the venue's time of the snapshot (milliseconds on the wire)
 */
public record BookSnapshot(
        ConditionId market,
        TokenId assetId,
        List<BookLevel> bids,
        List<BookLevel> asks,
        String hash,
        Instant timestamp,
        Optional<TickSize> tickSize,
        Optional<Shares> minOrderSize,
        Optional<Boolean> negRisk,
        Optional<Price> lastTradePrice) {

    private static final Comparator<BookLevel> BY_PRICE = Comparator.comparing(BookLevel::price);

    public BookSnapshot {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(minOrderSize, "minOrderSize");
        Objects.requireNonNull(negRisk, "negRisk");
        Objects.requireNonNull(lastTradePrice, "lastTradePrice");
        bids = bids.stream().sorted(BY_PRICE.reversed()).toList();
        asks = asks.stream().sorted(BY_PRICE).toList();
        requireDistinctPrices(bids, "bids");
        requireDistinctPrices(asks, "asks");
    }

    /** As the engine's {@link Book}, at {@code tick} (this snapshot's own tick when it has one). */
    public Book toBook(TickSize tick, long epoch) {
        return new Book(assetId, bids, asks, tickSize.orElse(tick), epoch, timestamp);
    }

    static BookSnapshot from(JsonNode n) {
        JsonNode negRisk = n.get("neg_risk");
        return new BookSnapshot(
                Fields.conditionId(n, "market"),
                Fields.tokenId(n, "asset_id"),
                Fields.list(n, "bids", BookSnapshot::level),
                Fields.list(n, "asks", BookSnapshot::level),
                Fields.optText(n, "hash").orElse(""),
                Instant.ofEpochMilli(Fields.longValue(Fields.text(n, "timestamp"), "timestamp")),
                Fields.optText(n, "tick_size").map(TickSize::parse),
                Fields.optText(n, "min_order_size").map(Shares::parse),
                negRisk == null || negRisk.isNull() ? Optional.empty() : Optional.of(Fields.bool(n, "neg_risk")),
                Fields.optText(n, "last_trade_price").map(Price::parse));
    }

    private static BookLevel level(JsonNode n) {
        return new BookLevel(Fields.price(n, "price"), Fields.shares(n, "size"));
    }

    private static void requireDistinctPrices(List<BookLevel> levels, String side) {
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).price().equals(levels.get(i - 1).price())) {
                throw new IllegalArgumentException(side + " list price " + levels.get(i).price() + " twice");
            }
        }
    }
}
