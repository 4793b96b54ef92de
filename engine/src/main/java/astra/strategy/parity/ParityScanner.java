package astra.strategy.parity;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.Micros;
import astra.domain.Outcome;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.Usd;
import astra.execution.EffectiveBuy;
import astra.execution.EffectiveSell;
import astra.execution.Fees;
import astra.strategy.Inventory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds buy-both and sell-both parity on a binary market's two books, at the touch, net of taker
 * fees (see the package). An opportunity is reported only when its edge per share is above
 * {@code minEdgePerShare} (0 by default: any positive edge after fees).
 *
 * <p>Fees: each leg is priced with {@link Fees#effectiveCostBuy} / {@link Fees#effectiveProceedsSell}
 * at TAKER liquidity, so a V1 schedule's fee in tokens shrinks the pairs received instead of adding
 * to the cost; the buy-both payout counts the pairs actually received (the smaller leg).
 *
 * <p>A scanner remembers each market's last priced touches: a decision cycle scans every market
 * several times a second while most touches stay put, and the fee maths is the costly part. The
 * remembered pricing depends on nothing but the market and the two levels, so results are the same
 * as pricing afresh. Hence a scanner is not thread-safe: it belongs to one thread.
 */
public final class ParityScanner {

    /** Any edge after fees counts. */
    public static final BigDecimal DEFAULT_MIN_EDGE_PER_SHARE = BigDecimal.ZERO;

    private final Clock clock;
    private final Duration maxBookAge;
    private final BigDecimal minEdgePerShare;
    private final TouchPricingMemo buyBothPricing = new TouchPricingMemo(ParityScanner::priceBuyBoth);
    private final TouchPricingMemo sellBothPricing = new TouchPricingMemo(ParityScanner::priceSellBoth);

    public ParityScanner(Clock clock, Duration maxBookAge) {
        this(clock, maxBookAge, DEFAULT_MIN_EDGE_PER_SHARE);
    }

    public ParityScanner(Clock clock, Duration maxBookAge, BigDecimal minEdgePerShare) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxBookAge = Objects.requireNonNull(maxBookAge, "maxBookAge");
        this.minEdgePerShare = Objects.requireNonNull(minEdgePerShare, "minEdgePerShare");
        if (maxBookAge.isNegative() || maxBookAge.isZero()) {
            throw new IllegalArgumentException("maxBookAge must be positive, was " + maxBookAge);
        }
        if (minEdgePerShare.signum() < 0) {
            throw new IllegalArgumentException("minEdgePerShare must not be negative");
        }
    }

    public ParityScan scan(Market market, Book yes, Book no, Inventory inventory) {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(yes, "yes");
        Objects.requireNonNull(no, "no");
        Objects.requireNonNull(inventory, "inventory");
        if (!yes.token().equals(market.yesToken()) || !no.token().equals(market.noToken())) {
            throw new IllegalArgumentException("books " + yes.token() + "/" + no.token() + " are not market "
                    + market.conditionId() + "'s YES/NO " + market.yesToken() + "/" + market.noToken());
        }
        if (market.negRisk()) {
            return ParityScan.refused(market.conditionId(),
                    "negRisk market: parity spans every outcome of the event, not one YES/NO pair");
        }
        Optional<String> unusable = unusable(yes, "YES").or(() -> unusable(no, "NO"));
        if (unusable.isPresent()) {
            return ParityScan.refused(market.conditionId(), unusable.get());
        }
        List<ParityOpportunity> found = new ArrayList<>();
        buyBoth(market, yes, no).ifPresent(found::add);
        sellBoth(market, yes, no, inventory).ifPresent(found::add);
        return new ParityScan(market.conditionId(), found, Optional.empty());
    }

    /** Whether the book is young enough to scan (its age within the scanner's limit). */
    public boolean fresh(Book book) {
        return Duration.between(book.asOf(), clock.instant()).compareTo(maxBookAge) <= 0;
    }

    private Optional<String> unusable(Book book, String name) {
        if (!fresh(book)) {
            return Optional.of(name + " book is stale: " + Duration.between(book.asOf(), clock.instant())
                    + " old, more than " + maxBookAge);
        }
        if (book.isCrossed()) {
            return Optional.of(name + " book is crossed");
        }
        return Optional.empty();
    }

    private Optional<ParityOpportunity> buyBoth(Market market, Book yes, Book no) {
        if (yes.bestAsk().isEmpty() || no.bestAsk().isEmpty()) {
            return Optional.empty();
        }
        BookLevel yesAsk = yes.bestAsk().get();
        BookLevel noAsk = no.bestAsk().get();
        return buyBothPricing.price(market, yesAsk, noAsk).flatMap(pair ->
                opportunity(market, ParityKind.BUY_BOTH, Side.BUY, yesAsk, noAsk, pair.size(), pair.edge(), false));
    }

    private Optional<ParityOpportunity> sellBoth(Market market, Book yes, Book no, Inventory inventory) {
        if (yes.bestBid().isEmpty() || no.bestBid().isEmpty()) {
            return Optional.empty();
        }
        BookLevel yesBid = yes.bestBid().get();
        BookLevel noBid = no.bestBid().get();
        return sellBothPricing.price(market, yesBid, noBid).flatMap(pair -> {
            Shares size = pair.size();
            boolean requiresSplit = inventory.yesTokens().compareTo(size) < 0 || inventory.noTokens().compareTo(size) < 0;
            return opportunity(market, ParityKind.SELL_BOTH, Side.SELL, yesBid, noBid, size, pair.edge(), requiresSplit);
        });
    }

    /** Buying both asks: the pairs actually received (the smaller leg after a V1 fee in tokens) pay $1 each. */
    private static Optional<PricedPair> priceBuyBoth(Market market, BookLevel yesAsk, BookLevel noAsk) {
        Shares size = pairSize(yesAsk, noAsk, market);
        if (size.isZero()) {
            return Optional.empty();
        }
        EffectiveBuy buyYes = Fees.effectiveCostBuy(market.feeSchedule(), yesAsk.price(), size, Liquidity.TAKER);
        EffectiveBuy buyNo = Fees.effectiveCostBuy(market.feeSchedule(), noAsk.price(), size, Liquidity.TAKER);
        Shares pairs = buyYes.received().min(buyNo.received());
        Usd payout = new Usd(pairs.micros()); // each complete pair pays exactly $1
        return Optional.of(new PricedPair(size, payout.minus(buyYes.paid()).minus(buyNo.paid())));
    }

    /** Selling both bids: the proceeds after fees against the $1 per pair the tokens stand for. */
    private static Optional<PricedPair> priceSellBoth(Market market, BookLevel yesBid, BookLevel noBid) {
        Shares size = pairSize(yesBid, noBid, market);
        if (size.isZero()) {
            return Optional.empty();
        }
        EffectiveSell sellYes = Fees.effectiveProceedsSell(market.feeSchedule(), yesBid.price(), size, Liquidity.TAKER);
        EffectiveSell sellNo = Fees.effectiveProceedsSell(market.feeSchedule(), noBid.price(), size, Liquidity.TAKER);
        return Optional.of(new PricedPair(size, sellYes.proceeds().plus(sellNo.proceeds()).minus(new Usd(size.micros()))));
    }

    private Optional<ParityOpportunity> opportunity(Market market, ParityKind kind, Side side, BookLevel yesLevel,
            BookLevel noLevel, Shares size, Usd edge, boolean requiresSplit) {
        if (edge.micros() <= 0) {
            return Optional.empty(); // most touches: no edge, so no division to make
        }
        BigDecimal perShare = edge.toBigDecimal().divide(size.toBigDecimal(), Micros.DECIMALS, RoundingMode.DOWN);
        if (perShare.compareTo(minEdgePerShare) <= 0) {
            return Optional.empty();
        }
        List<ParityLeg> legs = List.of(
                new ParityLeg(Outcome.YES, market.yesToken(), side, yesLevel.price(), size),
                new ParityLeg(Outcome.NO, market.noToken(), side, noLevel.price(), size));
        return Optional.of(new ParityOpportunity(market.conditionId(), kind, legs, size, perShare, edge,
                requiresSplit));
    }

    /** The smaller touch, floored to the venue's size decimals (sizes are non-negative micros). */
    static Shares pairSize(BookLevel a, BookLevel b, Market market) {
        return market.tickSize().floorSize(a.size().min(b.size()));
    }
}
