package astra.simulator.world;

import astra.simulator.matching.Amounts;
import astra.simulator.matching.OrderRequest;
import astra.simulator.matching.OrderType;
import astra.simulator.matching.Side;
import astra.simulator.matching.Tick;
import astra.simulator.venue.Exchange;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Taker flow. A noise taker buys YES or NO at random at the touch. An informed taker estimates the
 * hidden value (a logit error shrinking with skill) and, when the book is off its estimate by more than
 * the threshold, buys the cheap side up to estimate − threshold. Both send FAK orders, and both
 * only buy (selling YES is buying NO through the venue's mint), so they need only pUSD.
 */
final class Takers {
    static final long FUNDING_MICROS = 10_000_000L * Amounts.ONE;
    static final int TRADERS_PER_KIND = 4;
    private static final long MIN_SHARES = 5;

    private final Exchange venue;
    private final ScenarioSettings settings;
    private final WorldOrders orders;
    private final SplittableRandom random;

    Takers(Exchange venue, ScenarioSettings settings, WorldOrders orders, SplittableRandom random) {
        this.venue = venue;
        this.settings = settings;
        this.orders = orders;
        this.random = random;
    }

    void fund() {
        for (int i = 0; i < TRADERS_PER_KIND; i++) {
            venue.deposit(TraderKind.NOISE.address(Integer.toString(i)), FUNDING_MICROS);
            venue.deposit(TraderKind.INFORMED.address(Integer.toString(i)), FUNDING_MICROS);
        }
    }

    /** One taker arrival in a market whose hidden value is {@code fair}. */
    void arrive(WorldMarket market, double fair) {
        boolean informed = random.nextDouble() < settings.informedShare();
        String owner = (informed ? TraderKind.INFORMED : TraderKind.NOISE)
                .address(Integer.toString(random.nextInt(TRADERS_PER_KIND)));
        long shares = random.nextLong(MIN_SHARES, settings.takerMaxShares() + 1L);
        TopOfBook top = TopOfBook.of(venue, market);
        if (informed) {
            trade(owner, market, top, estimate(fair), shares);
        } else {
            noise(owner, market, top, random.nextBoolean(), shares);
        }
    }

    private double estimate(double fair) {
        double errorSd = (1 - settings.informedSkill()) * ScenarioSettings.INFORMED_ERROR_SCALE_LOGIT;
        double x = Math.log(fair / (1 - fair)) + errorSd * random.nextGaussian();
        return 1 / (1 + Math.exp(-x));
    }

    private void trade(String owner, WorldMarket market, TopOfBook top, double estimate, long shares) {
        Tick tick = venue.tick(market.conditionId());
        long threshold = Math.round(settings.informedThreshold() * Amounts.ONE);
        long value = Math.round(estimate * Amounts.ONE);
        OptionalLong ask = top.bestAskYes();
        OptionalLong bid = top.bestBidYes();
        if (ask.isPresent() && ask.getAsLong() < value - threshold) {
            buy(owner, market.yesToken(), tick.floor(value - threshold), shares);
        } else if (bid.isPresent() && bid.getAsLong() > value + threshold) {
            buy(owner, market.noToken(), tick.floor(Amounts.ONE - value - threshold), shares);
        }
    }

    private void noise(String owner, WorldMarket market, TopOfBook top, boolean buyYes, long shares) {
        if (buyYes && top.bestAskYes().isPresent()) {
            buy(owner, market.yesToken(), top.bestAskYes().getAsLong(), shares);
        } else if (!buyYes && top.bestBidYes().isPresent()) {
            buy(owner, market.noToken(), Amounts.complement(top.bestBidYes().getAsLong()), shares);
        }
    }

    /** A FAK buy, enlarged if needed to the venue's $1 minimum for marketable orders. */
    private void buy(String owner, String token, long limitMicros, long shares) {
        long minShares = -Math.floorDiv(-Amounts.ONE, limitMicros);
        long size = Math.max(shares, minShares) * Amounts.ONE;
        orders.place(OrderRequest.immediate(owner, token, Side.BUY, limitMicros, size, OrderType.FAK));
    }
}
