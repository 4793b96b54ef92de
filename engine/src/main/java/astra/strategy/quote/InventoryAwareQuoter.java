package astra.strategy.quote;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.InvalidOrderException;
import astra.domain.Market;
import astra.domain.Micros;
import astra.domain.Outcome;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.execution.GtdExpiration;
import astra.execution.GtdExpiry;
import astra.execution.TickRounding;
import astra.strategy.Inventory;
import astra.strategy.QuotePermissions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a market's state, our inventory and the rules' permissions into at most one bid and one
 * ask on the YES price. Steps, in this order:
 * <ol>
 *   <li>Veto, a closed market, no mid or no valid GTD expiration: no quotes, with the reason.
 *   <li>Fair value: the canonical mid nudged toward the microprice ({@link FairValue}), both read on
 *       the YES book less our own orders ({@link OthersBook}), clamped into [tick, 1 − tick] so that
 *       its logit is finite.
 *   <li>Model ({@link LogitSpreadModel}, doubles): r = x − q·γ·σ_b²·τ_inv and
 *       δ = (δ_AS + δ_jump)·(1 + s·toxicity)·spreadWidenFactor; raw bid σ(r − δ/2), raw ask σ(r + δ/2).
 *   <li>Exact from here: bid rounded down and ask up to the tick, then clamped
 *       ({@link TickRounding}). If clamping made the pair touch (both pinned at a bound), the bid
 *       steps one tick below the ask, or goes.
 *   <li>Book guard (postOnly must not cross): the venue matches a YES bid b against YES asks ≤ b
 *       and, by minting, against NO bids ≥ 1 − b; a YES ask a against YES bids ≥ a and, by merging,
 *       against NO asks ≤ 1 − a. A bid is therefore kept strictly below min(YES ask, 1 − NO bid) and
 *       an ask strictly above max(YES bid, 1 − NO ask), moved one tick inside when the model asked
 *       for more; both books are read as they are, the 1 − p here is the venue's matching rule
 *       applied to real NO levels.
 *   <li>Sides and sizes: a side the rules forbid is dropped; under reduce-only only the side that
 *       shrinks |q| is kept, at most |q| in size. Size = baseSize·sizeFactor·capMultiplier·
 *       (1 − c·toxicity), at most maxSize, floored to the tick's size decimals; a size below the
 *       market's minimum drops the side rather than being raised to it, because raising it would
 *       overrule the rules' size cut.
 *   <li>Routing: a quote sells tokens we hold when we hold enough of them (an ask sells YES, a bid
 *       sells NO at 1 − b), otherwise it buys (a bid buys YES, an ask buys NO at 1 − a). A NO bid at
 *       1 − a is economically a YES ask at a, and it is the only way to offer YES exposure without
 *       holding YES tokens: the venue refuses a SELL without the tokens.
 * </ol>
 *
 * <p>Time to close τ comes from the market's {@link astra.domain.MarketClocks} read on the injected
 * clock, in hours (see {@link LogitSpreadModel} for why the band widens as τ shrinks although the
 * A–S diffusion term narrows).
 */
public final class InventoryAwareQuoter {

    private final Clock clock;
    private final QuoterSettings settings;
    private final GtdExpiry gtdExpiry;

    public InventoryAwareQuoter(Clock clock, QuoterSettings settings, GtdExpiry gtdExpiry) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.gtdExpiry = Objects.requireNonNull(gtdExpiry, "gtdExpiry");
    }

    public QuotePlan quote(QuoteContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        Market market = ctx.market();
        QuotePermissions permissions = ctx.permissions();
        if (permissions.isVetoed()) {
            return QuotePlan.none("vetoed by the rules: " + permissions.vetoReason().get());
        }
        Duration toClose = market.clocks().timeToClose(clock);
        if (toClose.isZero()) {
            return QuotePlan.none("market closed at " + market.clocks().closesAt());
        }
        if (ctx.mid().mid().isEmpty()) {
            return QuotePlan.none("no mid: " + ctx.mid().reason());
        }
        GtdExpiration expiration;
        try {
            expiration = gtdExpiry.forLifetime(settings.gtdLifetime(), market.clocks());
        } catch (InvalidOrderException e) {
            return QuotePlan.none("no valid GTD expiration: " + e.getMessage());
        }

        TickSize tick = market.tickSize();
        BigDecimal fair = clampInside(FairValue.of(ctx.mid().mid().get(), ctx.othersYesBook(), settings.micropriceWeight()),
                tick);
        double tauClose = QuoterSettings.hours(toClose);
        double tauInventory = Math.min(tauClose, QuoterSettings.hours(settings.inventoryHorizon()));
        double gamma = settings.riskAversion().doubleValue();
        double sigma = settings.beliefVolPerSqrtHour().doubleValue();
        double x = LogitSpreadModel.logit(fair.doubleValue());
        double r = LogitSpreadModel.reservation(x, ctx.inventory().netYes().doubleValue(), gamma, sigma, tauInventory);
        double spreadAs = LogitSpreadModel.avellanedaStoikovSpread(gamma, sigma, tauInventory,
                settings.fillIntensity().doubleValue());
        double spreadJump = LogitSpreadModel.jumpRiskSpread(settings.jumpWidening().doubleValue(), tauClose,
                QuoterSettings.hours(settings.jumpTimescale()));
        double widen = (1 + settings.toxicityWidening().doubleValue() * ctx.toxicity().doubleValue())
                * permissions.spreadWidenFactor().doubleValue();
        double spread = (spreadAs + spreadJump) * widen;
        double rawBid = LogitSpreadModel.sigmoid(r - spread / 2);
        double rawAsk = LogitSpreadModel.sigmoid(r + spread / 2);
        QuoteTrace trace = new QuoteTrace(fair, tauClose, r, spreadAs, spreadJump, spread, rawBid, rawAsk);

        List<String> reasons = new ArrayList<>();
        Optional<Price> bid = Optional.of(TickRounding.bid(rawBid, tick));
        Optional<Price> ask = Optional.of(TickRounding.ask(rawAsk, tick));
        if (bid.get().compareTo(ask.get()) >= 0) {
            bid = oneTickBelow(ask.get(), tick);
            reasons.add("clamped pair touched at " + ask.get() + "; bid moved one tick below the ask");
        }
        bid = guardBid(bid, ctx.yesBook(), ctx.noBook(), tick, reasons);
        ask = guardAsk(ask, ctx.yesBook(), ctx.noBook(), tick, reasons);

        Shares size = scaledSize(ctx);
        Inventory inventory = ctx.inventory();
        long q = inventory.netYesMicros();
        Optional<TargetQuote> bidQuote = side(QuoteRole.BID, permissions.mayQuoteBid(),
                permissions.reduceOnly() && q >= 0, bid, size, ctx, expiration, reasons);
        Optional<TargetQuote> askQuote = side(QuoteRole.ASK, permissions.mayQuoteAsk(),
                permissions.reduceOnly() && q <= 0, ask, size, ctx, expiration, reasons);
        return new QuotePlan(bidQuote, askQuote, reasons, Optional.of(trace));
    }

    private Optional<TargetQuote> side(QuoteRole role, boolean permitted, boolean wouldNotReduce,
            Optional<Price> yesPrice, Shares scaled, QuoteContext ctx, GtdExpiration expiration, List<String> reasons) {
        String name = role == QuoteRole.BID ? "bid" : "ask";
        if (!permitted) {
            reasons.add(name + " not permitted by the rules");
            return Optional.empty();
        }
        if (wouldNotReduce) {
            reasons.add(name + " would not reduce inventory (reduce-only, q = " + ctx.inventory().netYes() + ")");
            return Optional.empty();
        }
        if (yesPrice.isEmpty()) {
            return Optional.empty();
        }
        Market market = ctx.market();
        Shares size = ctx.permissions().reduceOnly() ? scaled.min(ctx.inventory().absoluteNet()) : scaled;
        size = market.tickSize().floorSize(size);
        if (size.compareTo(market.minSize()) < 0) {
            reasons.add(name + " size " + size + " below the market minimum " + market.minSize());
            return Optional.empty();
        }
        // Sell what we hold when it covers the quote; otherwise buy the other outcome.
        Outcome sellable = role == QuoteRole.ASK ? Outcome.YES : Outcome.NO;
        Shares held = sellable == Outcome.YES ? ctx.inventory().yesTokens() : ctx.inventory().noTokens();
        Outcome outcome;
        Side side;
        if (held.compareTo(size) >= 0) {
            outcome = sellable;
            side = Side.SELL;
        } else {
            outcome = sellable.opposite();
            side = Side.BUY;
        }
        Price venuePrice = outcome == Outcome.YES ? yesPrice.get() : yesPrice.get().complement();
        return Optional.of(new TargetQuote(market.conditionId(), role, outcome, market.token(outcome), side,
                venuePrice, yesPrice.get(), size, market.tickSize(), expiration));
    }

    private Shares scaledSize(QuoteContext ctx) {
        QuotePermissions p = ctx.permissions();
        BigDecimal toxicityCut = BigDecimal.ONE.subtract(settings.toxicitySizeCut().multiply(ctx.toxicity()));
        BigDecimal raw = settings.baseSize().toBigDecimal().multiply(p.sizeFactor()).multiply(p.capMultiplier())
                .multiply(toxicityCut);
        return new Shares(Micros.of(raw, RoundingMode.DOWN)).min(settings.maxSize());
    }

    /** Keeps a bid strictly below every price it would match at (direct or by minting). */
    private static Optional<Price> guardBid(Optional<Price> bid, Book yes, Book no, TickSize tick,
            List<String> reasons) {
        if (bid.isEmpty()) {
            return bid;
        }
        Optional<Price> limit = min(yes.bestAsk().map(BookLevel::price),
                no.bestBid().map(l -> l.price().complement()));
        if (limit.isEmpty() || bid.get().isBelow(limit.get())) {
            return bid;
        }
        Optional<Price> moved = oneTickBelow(limit.get(), tick);
        reasons.add("bid " + bid.get() + " would cross at " + limit.get() + "; "
                + moved.map(p -> "moved to " + p).orElse("dropped"));
        return moved;
    }

    /** Keeps an ask strictly above every price it would match at (direct or by merging). */
    private static Optional<Price> guardAsk(Optional<Price> ask, Book yes, Book no, TickSize tick,
            List<String> reasons) {
        if (ask.isEmpty()) {
            return ask;
        }
        Optional<Price> limit = max(yes.bestBid().map(BookLevel::price),
                no.bestAsk().map(l -> l.price().complement()));
        if (limit.isEmpty() || ask.get().isAbove(limit.get())) {
            return ask;
        }
        Optional<Price> moved = oneTickAbove(limit.get(), tick);
        reasons.add("ask " + ask.get() + " would cross at " + limit.get() + "; "
                + moved.map(p -> "moved to " + p).orElse("dropped"));
        return moved;
    }

    /** The highest valid on-tick price strictly below {@code limit}, if any. */
    private static Optional<Price> oneTickBelow(Price limit, TickSize tick) {
        long t = tick.micros();
        long ceilTicks = Math.floorDiv(limit.micros() + t - 1, t);
        long candidate = (ceilTicks - 1) * t;
        return candidate < tick.minPrice().micros() ? Optional.empty()
                : Optional.of(new Price(Math.min(candidate, tick.maxPrice().micros())));
    }

    /** The lowest valid on-tick price strictly above {@code limit}, if any. */
    private static Optional<Price> oneTickAbove(Price limit, TickSize tick) {
        long t = tick.micros();
        long candidate = (Math.floorDiv(limit.micros(), t) + 1) * t;
        return candidate > tick.maxPrice().micros() ? Optional.empty()
                : Optional.of(new Price(Math.max(candidate, tick.minPrice().micros())));
    }

    private static BigDecimal clampInside(BigDecimal fair, TickSize tick) {
        BigDecimal lo = tick.minPrice().toBigDecimal();
        BigDecimal hi = tick.maxPrice().toBigDecimal();
        return fair.max(lo).min(hi);
    }

    private static Optional<Price> min(Optional<Price> a, Optional<Price> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().compareTo(b.get()) <= 0 ? a : b;
    }

    private static Optional<Price> max(Optional<Price> a, Optional<Price> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().compareTo(b.get()) >= 0 ? a : b;
    }
}
