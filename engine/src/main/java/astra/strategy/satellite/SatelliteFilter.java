package astra.strategy.satellite;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.Micros;
import astra.domain.Outcome;
import astra.domain.Shares;
import astra.domain.Usd;
import astra.execution.EffectiveBuy;
import astra.execution.Fees;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a signal into at most one satellite candidate. For each outcome it prices a taker BUY at
 * that outcome's own best ask (the YES ask for YES, the NO book's ask for NO; never 1 − p), sized
 * to min(maxStakePerOrder, budget remaining) including fees and at most the touch, and takes the
 * outcome with the larger edge = P(outcome) − cost per token received (fees included; P(NO) is
 * 1 − P(YES), a probability, not a price). The candidate is emitted only when the permission
 * allows it: not denied, signal no older than {@code maxSignalAge}, tier allowed, edge ≥ minEdge,
 * cost at least the venue's $1 marketable minimum, and the budget can reserve the cost.
 */
public final class SatelliteFilter {

    /** The venue's minimum notional for a marketable order. */
    public static final Usd VENUE_MIN_MARKETABLE = Usd.parse("1");

    private final Clock clock;
    private final Duration maxSignalAge;
    private final Usd maxStakePerOrder;
    private final SatelliteBudget budget;

    public SatelliteFilter(Clock clock, Duration maxSignalAge, Usd maxStakePerOrder, SatelliteBudget budget) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxSignalAge = Objects.requireNonNull(maxSignalAge, "maxSignalAge");
        this.maxStakePerOrder = Objects.requireNonNull(maxStakePerOrder, "maxStakePerOrder");
        this.budget = Objects.requireNonNull(budget, "budget");
        if (maxStakePerOrder.micros() <= 0) {
            throw new IllegalArgumentException("maxStakePerOrder must be positive, was " + maxStakePerOrder);
        }
    }

    public SatelliteDecision evaluate(SatelliteSignal signal, Market market, Book yes, Book no,
            SatellitePermission permission) {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(permission, "permission");
        if (!signal.market().equals(market.conditionId())) {
            throw new IllegalArgumentException("signal for " + signal.market() + " evaluated on " + market.conditionId());
        }
        if (!yes.token().equals(market.yesToken()) || !no.token().equals(market.noToken())) {
            throw new IllegalArgumentException("books are not market " + market.conditionId() + "'s YES/NO books");
        }
        if (permission.denial().isPresent()) {
            return SatelliteDecision.rejected("denied by the rules: " + permission.denial().get());
        }
        Duration age = Duration.between(signal.time(), clock.instant());
        if (age.compareTo(maxSignalAge) > 0) {
            return SatelliteDecision.rejected("signal is " + age + " old, more than " + maxSignalAge);
        }
        if (!permission.allowedTiers().contains(signal.tier())) {
            return SatelliteDecision.rejected("evidence tier " + signal.tier() + " not allowed");
        }
        Usd stake = min(maxStakePerOrder, budget.remaining());
        if (stake.compareTo(VENUE_MIN_MARKETABLE) < 0) {
            return SatelliteDecision.rejected("satellite budget exhausted: " + budget.remaining() + " left of "
                    + budget.limit() + ", below the venue's marketable minimum " + VENUE_MIN_MARKETABLE);
        }
        Optional<SatelliteCandidate> yesBuy = price(signal, market, Outcome.YES, yes, signal.yesProbability(), stake);
        Optional<SatelliteCandidate> noBuy = price(signal, market, Outcome.NO, no,
                BigDecimal.ONE.subtract(signal.yesProbability()), stake);
        Optional<SatelliteCandidate> best = yesBuy.isEmpty() ? noBuy
                : noBuy.isEmpty() || yesBuy.get().edge().compareTo(noBuy.get().edge()) >= 0 ? yesBuy : noBuy;
        if (best.isEmpty()) {
            return SatelliteDecision.rejected("no ask to take within a stake of " + stake);
        }
        SatelliteCandidate c = best.get();
        if (c.edge().compareTo(permission.minEdge()) < 0) {
            return SatelliteDecision.rejected("edge " + c.edge().toPlainString() + " on " + c.outcome() + " below "
                    + permission.minEdge().toPlainString());
        }
        if (c.cost().compareTo(VENUE_MIN_MARKETABLE) < 0) {
            return SatelliteDecision.rejected("cost " + c.cost() + " below the venue's marketable minimum "
                    + VENUE_MIN_MARKETABLE);
        }
        if (!budget.tryReserve(c.cost())) {
            return SatelliteDecision.rejected("cost " + c.cost() + " exceeds the satellite budget left "
                    + budget.remaining());
        }
        return new SatelliteDecision(best, "edge " + c.edge().toPlainString() + " on " + c.outcome());
    }

    private static Optional<SatelliteCandidate> price(SatelliteSignal signal, Market market, Outcome outcome,
            Book book, BigDecimal probability, Usd stake) {
        Optional<BookLevel> ask = book.bestAsk();
        if (ask.isEmpty() || ask.get().price().micros() == 0 || ask.get().price().compareTo(astra.domain.Price.ONE) >= 0) {
            return Optional.empty();
        }
        int decimals = market.tickSize().sizeDecimals();
        BigDecimal price = ask.get().price().toBigDecimal();
        BigDecimal size = stake.toBigDecimal().divide(price, decimals, RoundingMode.DOWN)
                .min(ask.get().size().toBigDecimal().setScale(decimals, RoundingMode.DOWN));
        EffectiveBuy buy = null;
        while (size.signum() > 0) {
            buy = Fees.effectiveCostBuy(market.feeSchedule(), ask.get().price(), shares(size), Liquidity.TAKER);
            if (buy.paid().compareTo(stake) <= 0) {
                break;
            }
            // Fees pushed the cost over the stake: scale down in proportion, at least one size step.
            BigDecimal scaled = size.multiply(stake.toBigDecimal())
                    .divide(buy.paid().toBigDecimal(), decimals, RoundingMode.DOWN);
            size = scaled.compareTo(size) < 0 ? scaled : size.subtract(BigDecimal.ONE.movePointLeft(decimals));
        }
        if (size.signum() <= 0 || buy == null || buy.received().isZero()) {
            return Optional.empty();
        }
        BigDecimal edge = probability.subtract(buy.costPerTokenReceived());
        return Optional.of(new SatelliteCandidate(market.conditionId(), outcome, market.token(outcome),
                ask.get().price(), shares(size), buy.paid(), edge, signal));
    }

    private static Shares shares(BigDecimal size) {
        return Shares.of(size.setScale(Micros.DECIMALS, RoundingMode.UNNECESSARY));
    }

    private static Usd min(Usd a, Usd b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
