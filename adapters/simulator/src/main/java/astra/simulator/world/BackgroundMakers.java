package astra.simulator.world;

import astra.simulator.matching.Amounts;
import astra.simulator.matching.OrderRequest;
import astra.simulator.matching.Side;
import astra.simulator.matching.Tick;
import astra.simulator.venue.Exchange;
import java.util.Optional;

/**
 * One background market maker per market. Each requote it cancels its orders and posts
 * {@code makerLevels} bids on YES below its value and the same number of asks above it; an ask on
 * YES is posted as a BUY of NO at 1 − ask, so makers need only pUSD and their asks meet YES buyers
 * through the venue's mint matching. Its value is the hidden fair value as it was
 * {@code makerLagMillis} ago: stale after news, which is what informed takers pick off.
 */
final class BackgroundMakers {
    static final long FUNDING_MICROS = 10_000_000L * Amounts.ONE;

    private final Exchange venue;
    private final ScenarioSettings settings;
    private final WorldOrders orders;

    BackgroundMakers(Exchange venue, ScenarioSettings settings, WorldOrders orders) {
        this.venue = venue;
        this.settings = settings;
        this.orders = orders;
    }

    static String owner(WorldMarket market) {
        return TraderKind.MAKER.address(market.conditionId());
    }

    void fund(WorldMarket market) {
        venue.deposit(owner(market), FUNDING_MICROS);
    }

    void requote(WorldMarket market, long valueMicros) {
        String owner = owner(market);
        venue.cancelMarket(owner, market.conditionId(), Optional.empty());
        Tick tick = venue.tick(market.conditionId());
        long half = settings.makerHalfSpreadTicks() * tick.micros();
        long bestBid = tick.floor(valueMicros - half);
        long bestAsk = tick.ceil(valueMicros + half);
        long size = settings.makerLevelShares() * Amounts.ONE;
        for (int level = 0; level < settings.makerLevels(); level++) {
            long bid = bestBid - level * tick.micros();
            long ask = bestAsk + level * tick.micros();
            if (bid >= tick.minPrice() && bid < bestAsk) {
                orders.place(OrderRequest.gtc(owner, market.yesToken(), Side.BUY, bid, size));
            }
            if (ask <= tick.maxPrice() && ask > bestBid) {
                orders.place(OrderRequest.gtc(owner, market.noToken(), Side.BUY, Amounts.complement(ask), size));
            }
        }
    }
}
