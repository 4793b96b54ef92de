package astra.polymarket.clob;

import astra.domain.ConditionId;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One match as GET /data/trades reports it: the taker order and the maker legs it met. The
 * account's own part is either the taker side ({@code traderSide} TAKER) or one or more maker legs;
 * in a mint/merge match a maker leg may name the other outcome of the same market.
 */
public record ClobTrade(
        TradeId id,
        OrderId takerOrderId,
        ConditionId market,
        TokenId assetId,
        Side side,
        Shares size,
        Price price,
        BigDecimal feeRateBps,
        TradeStatus status,
        Instant matchTime,
        Instant lastUpdate,
        String outcome,
        Liquidity traderSide,
        Optional<String> transactionHash,
        List<MakerLeg> makerOrders) {

    /**
     * One maker order's part of the match. {@code side} is absent in older answers; {@code owner}
     * (the maker's API key) and {@code makerAddress} (its funder) tell whose leg it is, when sent.
     */
    public record MakerLeg(OrderId orderId, Shares matchedAmount, Price price, TokenId assetId, String outcome,
            Optional<Side> side, Optional<String> owner, Optional<String> makerAddress) {
        public MakerLeg {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(matchedAmount, "matchedAmount");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(assetId, "assetId");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(makerAddress, "makerAddress");
        }

        /**
         * The leg's own side: as sent, else derived from the tokens — a leg on the taker's token took
         * the other side (an ordinary match), a leg on the other outcome the same side (a mint for
         * BUY, a merge for SELL).
         */
        public Side sideAgainst(TokenId takerToken, Side takerSide) {
            return side.orElseGet(() -> assetId.equals(takerToken) ? takerSide.opposite() : takerSide);
        }

        static MakerLeg from(JsonNode n) {
            return new MakerLeg(
                    Fields.orderId(n, "order_id"),
                    Fields.shares(n, "matched_amount"),
                    Fields.price(n, "price"),
                    Fields.tokenId(n, "asset_id"),
                    Fields.optText(n, "outcome").orElse(""),
                    Fields.optText(n, "side").map(s -> Fields.side(n, "side")),
                    Fields.optText(n, "owner"),
                    Fields.optText(n, "maker_address"));
        }
    }

    /** One order's part in a trade. */
    public record OrderLeg(TradeId tradeId, OrderId orderId, TokenId assetId, Price price, Shares size,
            Liquidity liquidity, TradeStatus status) {}

    public ClobTrade {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(takerOrderId, "takerOrderId");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(feeRateBps, "feeRateBps");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(matchTime, "matchTime");
        Objects.requireNonNull(lastUpdate, "lastUpdate");
        Objects.requireNonNull(traderSide, "traderSide");
        Objects.requireNonNull(transactionHash, "transactionHash");
        makerOrders = List.copyOf(makerOrders);
    }

    /**
     * The parts of this trade that belong to {@code order}: the taker side when it is the taker
     * order, and every maker leg naming it. Empty when the order took no part.
     */
    public List<OrderLeg> legsOf(OrderId order) {
        List<OrderLeg> out = new ArrayList<>();
        if (sameOrder(takerOrderId, order)) {
            out.add(new OrderLeg(id, order, assetId, price, size, Liquidity.TAKER, status));
        }
        for (MakerLeg m : makerOrders) {
            if (sameOrder(m.orderId(), order)) {
                out.add(new OrderLeg(id, order, m.assetId(), m.price(), m.matchedAmount(), Liquidity.MAKER, status));
            }
        }
        return out;
    }

    /** Order ids are hex hashes: the same order whatever the letter case. */
    static boolean sameOrder(OrderId a, OrderId b) {
        return a.value().equalsIgnoreCase(b.value());
    }

    public static ClobTrade from(JsonNode n) {
        return new ClobTrade(
                new TradeId(Fields.text(n, "id")),
                Fields.orderId(n, "taker_order_id"),
                Fields.conditionId(n, "market"),
                Fields.tokenId(n, "asset_id"),
                Fields.side(n, "side"),
                Fields.shares(n, "size"),
                Fields.price(n, "price"),
                Fields.optText(n, "fee_rate_bps").map(BigDecimal::new).orElse(BigDecimal.ZERO),
                tradeStatus(Fields.text(n, "status")),
                Fields.epochSeconds(n, "match_time"),
                Fields.epochSeconds(n, "last_update"),
                Fields.optText(n, "outcome").orElse(""),
                liquidity(Fields.text(n, "trader_side")),
                Fields.optText(n, "transaction_hash"),
                Fields.list(n, "maker_orders", MakerLeg::from));
    }

    private static TradeStatus tradeStatus(String text) {
        try {
            return TradeStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown trade status '" + text + "'", e);
        }
    }

    private static Liquidity liquidity(String text) {
        try {
            return Liquidity.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown trader_side '" + text + "'", e);
        }
    }
}
