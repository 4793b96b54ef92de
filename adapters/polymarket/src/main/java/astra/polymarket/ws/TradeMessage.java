package astra.polymarket.ws;

import astra.domain.ConditionId;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user channel {@code trade} message: one match of a taker order against maker legs. The
 * top-level asset, side, price and size are the TAKER's; {@code makerAddress} at the top level is
 * the taker order's maker (funder) address; {@code traderSide} is which side the recipient was on.
 * Our own fills come from {@link FillAttribution}, never from these fields directly.
 */
public record TradeMessage(
        TradeId id,
        ConditionId market,
        TokenId asset,
        Side side,
        Price price,
        Shares size,
        TradeStatus status,
        Liquidity traderSide,
        OrderId takerOrderId,
        Optional<String> makerAddress,
        Optional<String> outcome,
        Optional<Integer> feeRateBps,
        List<MakerLeg> makerOrders,
        Optional<Instant> matchTime,
        Optional<Instant> lastUpdate,
        Optional<String> transactionHash,
        Optional<String> owner,
        Instant timestamp) implements UserEvent {

    public TradeMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(traderSide, "traderSide");
        Objects.requireNonNull(takerOrderId, "takerOrderId");
        Objects.requireNonNull(makerAddress, "makerAddress");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(feeRateBps, "feeRateBps");
        makerOrders = List.copyOf(makerOrders);
        Objects.requireNonNull(matchTime, "matchTime");
        Objects.requireNonNull(lastUpdate, "lastUpdate");
        Objects.requireNonNull(transactionHash, "transactionHash");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** When the match happened: match_time if sent, else the message's timestamp. */
    public Instant matchedAt() {
        return matchTime.orElse(timestamp);
    }
}
