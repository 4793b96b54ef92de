package astra.polymarket.ws;

import static astra.polymarket.ws.JsonValues.optional;
import static astra.polymarket.ws.JsonValues.optionalInt;
import static astra.polymarket.ws.JsonValues.optionalPrice;
import static astra.polymarket.ws.JsonValues.price;
import static astra.polymarket.ws.JsonValues.require;
import static astra.polymarket.ws.JsonValues.shares;
import static astra.polymarket.ws.JsonValues.side;
import static astra.polymarket.ws.JsonValues.time;

import astra.domain.ConditionId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds market channel events from a fully read {@link MarketFields}, checking that every field
 * an event needs is there. Required: {@code market} and {@code timestamp} on every event, plus
 * what each event cannot mean anything without (a book's asset and both sides, a change's price,
 * size and side and token).
 */
final class MarketEventFactory {
    /** Ids kept per factory; past this many distinct ones the caches start over. */
    static final int ID_CACHE_LIMIT = 4096;

    // Keyed by the interned text (see TextIntern), so a lookup hashes nothing new.
    private final Map<String, TokenId> tokenIds = new HashMap<>();
    private final Map<String, ConditionId> conditionIds = new HashMap<>();

    WsMessage build(MarketFields f) {
        if (JsonValues.isBlank(f.eventType)) {
            throw new DecodeException(DecodeFailure.MISSING_EVENT_TYPE, "no event_type");
        }
        return switch (f.eventType) {
            case "book" -> book(f);
            case "price_change" -> priceChange(f);
            case "last_trade_price" -> lastTradePrice(f);
            case "tick_size_change" -> tickSizeChange(f);
            case "best_bid_ask" -> bestBidAsk(f);
            case "new_market" -> newMarket(f);
            case "market_resolved" -> marketResolved(f);
            default -> new UnknownEvent(f.eventType);
        };
    }

    private BookSnapshot book(MarketFields f) {
        ConditionId market = market(f, "book");
        TokenId asset = token(f.assetId, "book.asset_id");
        Instant at = time(f.timestamp, "book.timestamp");
        if (!f.hasBids) {
            throw DecodeException.missing("book.bids");
        }
        if (!f.hasAsks) {
            throw DecodeException.missing("book.asks");
        }
        return new BookSnapshot(market, asset, f.bids.build(), f.asks.build(), optional(f.hash), at);
    }

    private PriceChange priceChange(MarketFields f) {
        ConditionId market = market(f, "price_change");
        Instant at = time(f.timestamp, "price_change.timestamp");
        if (f.hasPriceChanges) {
            return new PriceChange(market, rows(f.changes, null, "price_changes"), optional(f.hash),
                    PriceChangeSchema.PRICE_CHANGES, at);
        }
        if (f.hasChanges) {
            TokenId asset = token(f.assetId, "price_change.asset_id");
            return new PriceChange(market, rows(f.changes, asset, "changes"), optional(f.hash),
                    PriceChangeSchema.CHANGES_LEGACY, at);
        }
        LevelChange only = new LevelChange(token(f.assetId, "price_change.asset_id"),
                side(f.side, "price_change.side"), price(f.price, "price_change.price"),
                shares(f.size, "price_change.size"), Optional.empty(), Optional.empty(), Optional.empty());
        return new PriceChange(market, List.of(only), optional(f.hash), PriceChangeSchema.FLAT_2024, at);
    }

    /** The rows as level changes; {@code sharedAsset} is the message's token in the legacy schema. */
    private List<LevelChange> rows(ChangeRows rows, TokenId sharedAsset, String field) {
        LevelChange[] out = new LevelChange[rows.count];
        for (int r = 0; r < rows.count; r++) {
            TokenId asset = rows.assets[r] != null && !rows.assets[r].isBlank() ? tokenId(rows.assets[r])
                    : sharedAsset;
            if (asset == null) {
                throw DecodeException.missing(field + "[" + r + "].asset_id");
            }
            try {
                out[r] = new LevelChange(asset, rows.sides[r], new Price(rows.prices[r]), new Shares(rows.sizes[r]),
                        optional(rows.hashes[r]), optionalMicrosPrice(rows.bestBids[r]),
                        optionalMicrosPrice(rows.bestAsks[r]));
            } catch (IllegalArgumentException e) {
                throw DecodeException.invalid(field + "[" + r + "]", e.getMessage());
            }
        }
        return List.of(out);
    }

    private static Optional<Price> optionalMicrosPrice(long micros) {
        return micros == ChangeRows.ABSENT ? Optional.empty() : Optional.of(new Price(micros));
    }

    private LastTradePrice lastTradePrice(MarketFields f) {
        return new LastTradePrice(market(f, "last_trade_price"), token(f.assetId, "last_trade_price.asset_id"),
                price(f.price, "last_trade_price.price"), shares(f.size, "last_trade_price.size"),
                side(f.side, "last_trade_price.side"), optionalInt(f.feeRateBps, "last_trade_price.fee_rate_bps"),
                time(f.timestamp, "last_trade_price.timestamp"));
    }

    private TickSizeChange tickSizeChange(MarketFields f) {
        return new TickSizeChange(market(f, "tick_size_change"), token(f.assetId, "tick_size_change.asset_id"),
                tick(f.oldTickSize, "tick_size_change.old_tick_size"),
                tick(f.newTickSize, "tick_size_change.new_tick_size"),
                time(f.timestamp, "tick_size_change.timestamp"));
    }

    private BestBidAsk bestBidAsk(MarketFields f) {
        return new BestBidAsk(market(f, "best_bid_ask"), token(f.assetId, "best_bid_ask.asset_id"),
                optionalPrice(f.bestBid, "best_bid_ask.best_bid"), optionalPrice(f.bestAsk, "best_bid_ask.best_ask"),
                optionalPrice(f.spread, "best_bid_ask.spread"), time(f.timestamp, "best_bid_ask.timestamp"));
    }

    private NewMarket newMarket(MarketFields f) {
        ConditionId market = market(f, "new_market");
        if (f.assetIds.isEmpty()) {
            throw DecodeException.missing("new_market.assets_ids");
        }
        Optional<TickSize> tick = JsonValues.isBlank(f.minTickSize) ? Optional.empty()
                : Optional.of(tick(f.minTickSize, "new_market.order_price_min_tick_size"));
        Optional<Boolean> active = JsonValues.isBlank(f.active) ? Optional.empty()
                : Optional.of(bool(f.active, "new_market.active"));
        return new NewMarket(market, optional(f.id), optional(f.question), optional(f.slug), tokens(f.assetIds),
                f.outcomes, tick, active, time(f.timestamp, "new_market.timestamp"));
    }

    private MarketResolved marketResolved(MarketFields f) {
        return new MarketResolved(market(f, "market_resolved"), optional(f.id), tokens(f.assetIds),
                token(f.winningAssetId, "market_resolved.winning_asset_id"), optional(f.winningOutcome),
                time(f.timestamp, "market_resolved.timestamp"));
    }

    /** The market's condition id; {@code new_market} may name it only as condition_id. */
    private ConditionId market(MarketFields f, String event) {
        String id = JsonValues.isBlank(f.market) ? f.conditionId : f.market;
        String value = require(id, event + ".market");
        ConditionId known = conditionIds.get(value);
        if (known == null) {
            known = new ConditionId(value);
            remember(conditionIds, value, known);
        }
        return known;
    }

    private TokenId token(String value, String field) {
        return tokenId(require(value, field));
    }

    private TokenId tokenId(String value) {
        TokenId known = tokenIds.get(value);
        if (known == null) {
            known = new TokenId(value);
            remember(tokenIds, value, known);
        }
        return known;
    }

    private static <V> void remember(Map<String, V> cache, String key, V value) {
        if (cache.size() == ID_CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, value);
    }

    private List<TokenId> tokens(List<String> values) {
        List<TokenId> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(new TokenId(v)));
        return out;
    }

    private static TickSize tick(String value, String field) {
        try {
            return TickSize.parse(require(value, field));
        } catch (IllegalArgumentException e) {
            throw DecodeException.invalid(field, e.getMessage());
        }
    }

    private static boolean bool(String value, String field) {
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        if ("false".equalsIgnoreCase(value)) {
            return false;
        }
        throw DecodeException.invalid(field, "not a boolean: '" + value + "'");
    }
}
