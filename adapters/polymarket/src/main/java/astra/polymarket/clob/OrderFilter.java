package astra.polymarket.clob;

import astra.domain.ConditionId;
import astra.domain.OrderId;
import astra.domain.TokenId;

/**
 * Narrows GET /data/orders; null fields do not filter.
 *
 * @param id one order by its hash
 */
public record OrderFilter(ConditionId market, TokenId assetId, OrderId id) {
    public static final OrderFilter ALL = new OrderFilter(null, null, null);

    Query applyTo(Query q) {
        return q.param("market", market).param("asset_id", assetId).param("id", id);
    }
}
