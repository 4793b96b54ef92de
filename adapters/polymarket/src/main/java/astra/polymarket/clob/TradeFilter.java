package astra.polymarket.clob;

import astra.domain.ConditionId;
import astra.domain.TokenId;
import astra.domain.TradeId;
import java.time.Instant;

/**
 * Narrows GET /data/trades; null fields do not filter. {@code after}/{@code before} are sent as
 * unix seconds. The venue filters trades by trade id, not order id: to find an order's trades,
 * filter by asset and time and look for the order in each trade's taker and maker legs.
 */
public record TradeFilter(ConditionId market, TokenId assetId, TradeId id, String makerAddress, Instant after,
        Instant before) {
    public static final TradeFilter ALL = new TradeFilter(null, null, null, null, null, null);

    Query applyTo(Query q) {
        return q.param("market", market).param("asset_id", assetId).param("id", id)
                .param("maker_address", makerAddress)
                .param("after", after == null ? null : after.getEpochSecond())
                .param("before", before == null ? null : before.getEpochSecond());
    }
}
