package astra.report;

import astra.domain.ClusterId;
import astra.domain.ConditionId;
import astra.domain.Usd;
import java.util.Objects;

/** One market's P&L from the average-cost ledger: realized (fees included) plus unrealized at the end marks. */
public record MarketPnl(ConditionId market, ClusterId cluster, int fills, Usd realized, Usd unrealized) {
    public MarketPnl {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(realized, "realized");
        Objects.requireNonNull(unrealized, "unrealized");
    }

    public Usd total() {
        return realized.plus(unrealized);
    }
}
