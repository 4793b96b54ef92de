package astra.simulator.world;

import astra.simulator.matching.Amounts;
import astra.simulator.matching.OrderRequest;
import astra.simulator.matching.Side;
import astra.simulator.matching.Tick;
import astra.simulator.venue.Exchange;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One background market maker per market. Each requote it cancels its orders and posts
 * {@code makerLevels} bids on YES below its value and the same number of asks above it; an ask on
 * YES is posted as a BUY of NO at 1 − ask, so makers need only pUSD and their asks meet YES buyers
 * through the venue's mint matching. Its value is the hidden fair value as it was
 * {@code makerLagMillis} ago: stale after news, which is what informed takers pick off. With the
 * venue's mirrored market data, these BUY-only quotes show as two-sided books on both tokens.
 */
final class BackgroundMakers {
    static final long FUNDING_MICROS = 10_000_000L * Amounts.ONE;
    private static final double MILLIS_PER_HOUR = 3_600_000.0;

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

    /**
     * Replaces the maker's quotes around {@code valueMicros}. The half-spread is the larger of the
     * configured ticks and the hidden value's typical move over the maker's staleness (diffusion
     * and jumps, mapped to price by p(1 − p)); inside the close window it grows toward
     * (1 + closeWidening) times that at the close.
     */
    void requote(WorldMarket market, long valueMicros, long nowMillis, OptionalLong closeMillis) {
        String owner = owner(market);
        venue.cancelMarket(owner, market.conditionId(), Optional.empty());
        Tick tick = venue.tick(market.conditionId());
        long half = halfSpreadMicros(tick, valueMicros, nowMillis, closeMillis);
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

    long halfSpreadMicros(Tick tick, long valueMicros, long nowMillis, OptionalLong closeMillis) {
        double p = (double) valueMicros / Amounts.ONE;
        double hours = (settings.makerLagMillis() + settings.makerRequoteMillis()) / MILLIS_PER_HOUR;
        double variance = settings.beliefVolPerSqrtHour() * settings.beliefVolPerSqrtHour() * hours
                + settings.jumpsPerHour() * hours * settings.jumpSizeLogit() * settings.jumpSizeLogit();
        double volHalf = settings.makerVolSpreadMultiple() * Math.sqrt(variance) * p * (1 - p);
        double half = Math.max(settings.makerHalfSpreadTicks() * tick.micros(), volHalf * Amounts.ONE);
        if (closeMillis.isPresent() && settings.makerCloseWindowMillis() > 0) {
            long left = closeMillis.getAsLong() - nowMillis;
            double nearness = Math.max(0, 1 - (double) left / settings.makerCloseWindowMillis());
            half *= 1 + settings.makerCloseWidening() * Math.min(1, nearness);
        }
        return Math.round(half);
    }
}
