package astra.strategy.quote;

import static astra.strategy.StrategyFixtures.CLOCK;
import static astra.strategy.StrategyFixtures.NO;
import static astra.strategy.StrategyFixtures.NOW;
import static astra.strategy.StrategyFixtures.YES;
import static astra.strategy.StrategyFixtures.book;
import static astra.strategy.StrategyFixtures.market;
import static astra.strategy.StrategyFixtures.twoSidedMid;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Book;
import astra.domain.Market;
import astra.domain.Outcome;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.execution.GtdExpiry;
import astra.execution.MidFallback;
import astra.execution.MidQuote;
import astra.execution.MidSource;
import astra.strategy.Inventory;
import astra.strategy.QuotePermissions;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples at the default settings: γ = 0.0003, σ_b = 0.35 (σ_b² = 0.1225), κ = 15,
 * inventory horizon 24 h, ω = 0.3, τ_j = 6 h, microprice weight 0.5 (the books here have equal
 * touch sizes, so the microprice equals the mid), base size 20.
 *
 * <p>At τ = 7 days = 168 h (τ_inv = 24 h):
 * δ_AS = 0.0003·0.1225·24 + (2/0.0003)·ln(1 + 0.0003/15) = 0.000882 + 0.133332 = 0.134214;
 * δ_jump = 0.3·6/(168 + 6) = 0.010345; δ = 0.144559, δ/2 = 0.072279.
 */
class InventoryAwareQuoterTest {

    private static final Duration WEEK = Duration.ofDays(7);
    private static final Book YES_BOOK = book(YES, List.of("0.45@100"), List.of("0.55@100"));
    private static final Book NO_BOOK = book(NO, List.of("0.45@100"), List.of("0.55@100"));

    private final InventoryAwareQuoter quoter =
            new InventoryAwareQuoter(CLOCK, QuoterSettings.defaults(), new GtdExpiry(CLOCK));

    private QuotePlan quote(Market market, Inventory inventory, QuotePermissions permissions, String toxicity) {
        return quoter.quote(new QuoteContext(market, YES_BOOK, NO_BOOK, twoSidedMid("0.50"), inventory, permissions,
                new BigDecimal(toxicity)));
    }

    private QuotePlan quote(Inventory inventory) {
        return quote(market(WEEK), inventory, QuotePermissions.unrestricted(), "0");
    }

    @Test
    void flatAtHalf_quotesSymmetricBandRoundedOutward() {
        // r = logit(0.5) = 0; bid σ(−0.072279) = 0.481938 → down to 0.48; ask σ(0.072279) = 0.518062 → up to 0.52.
        QuotePlan plan = quote(Inventory.FLAT);

        assertThat(plan.bid().get().yesPrice()).isEqualTo(Price.parse("0.48"));
        assertThat(plan.ask().get().yesPrice()).isEqualTo(Price.parse("0.52"));
        assertThat(plan.trace().get().reservationLogit()).isEqualTo(0.0);
        assertThat(plan.trace().get().totalSpread()).isCloseTo(0.144559, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void longInventory_lowersBothBidAndAsk() {
        // q = +100: r = 0 − 100·0.0003·0.1225·24 = −0.0882.
        // bid σ(−0.0882 − 0.072279) = σ(−0.160479) = 0.459966 → 0.45 (flat: 0.48)
        // ask σ(−0.0882 + 0.072279) = σ(−0.015921) = 0.496020 → 0.50 (flat: 0.52)
        QuotePlan flat = quote(Inventory.FLAT);
        QuotePlan longYes = quote(Inventory.longYes(Shares.whole(100)));

        assertThat(longYes.bid().get().yesPrice()).isEqualTo(Price.parse("0.45"));
        assertThat(longYes.ask().get().yesPrice()).isEqualTo(Price.parse("0.50"));
        assertThat(longYes.bid().get().yesPrice()).isLessThan(flat.bid().get().yesPrice());
        assertThat(longYes.ask().get().yesPrice()).isLessThan(flat.ask().get().yesPrice());
    }

    @Test
    void shortInventory_raisesBothBidAndAsk() {
        // q = −100 (long NO): r = +0.0882; bid σ(0.015921) = 0.503980 → 0.50; ask σ(0.160479) = 0.540034 → 0.55.
        QuotePlan shortYes = quote(Inventory.longNo(Shares.whole(100)));

        assertThat(shortYes.bid().get().yesPrice()).isEqualTo(Price.parse("0.50"));
        assertThat(shortYes.ask().get().yesPrice()).isEqualTo(Price.parse("0.55"));
    }

    @Test
    void smallLongInventory_neverRaisesAQuote() {
        QuotePlan flat = quote(Inventory.FLAT);
        for (int q = 1; q <= 200; q += 7) {
            QuotePlan plan = quote(Inventory.longYes(Shares.whole(q)));
            assertThat(plan.bid().get().yesPrice()).isLessThanOrEqualTo(flat.bid().get().yesPrice());
            assertThat(plan.ask().get().yesPrice()).isLessThanOrEqualTo(flat.ask().get().yesPrice());
        }
    }

    @Test
    void oneHourToClose_bandWiderThanAtSevenDays() {
        // τ = 1 h: δ_AS = 0.0003·0.1225·1 + 0.133332 = 0.133369 (narrower than at 7 days: 0.134214),
        // but δ_jump = 0.3·6/(1 + 6) = 0.257143, so δ = 0.390512 against 0.144559 at 7 days.
        // bid σ(−0.195256) = 0.451341 → 0.45; ask 0.548659 → 0.55.
        QuotePlan week = quote(Inventory.FLAT);
        QuotePlan hour = quote(market(Duration.ofHours(1)), Inventory.FLAT, QuotePermissions.unrestricted(), "0");

        assertThat(hour.trace().get().avellanedaStoikovSpread()).isLessThan(week.trace().get().avellanedaStoikovSpread());
        assertThat(hour.trace().get().totalSpread()).isGreaterThan(week.trace().get().totalSpread());
        assertThat(hour.bid().get().yesPrice()).isEqualTo(Price.parse("0.45"));
        assertThat(hour.ask().get().yesPrice()).isEqualTo(Price.parse("0.55"));
    }

    @Test
    void withoutJumpTerm_avellanedaStoikovAloneWouldNarrowNearTheClose() {
        // The reason for the jump term: with ω = 0, δ(1 h) = 0.133369 < δ(7 d) = 0.134214.
        InventoryAwareQuoter noJump = new InventoryAwareQuoter(CLOCK,
                QuoterSettings.defaults().withJumpWidening(BigDecimal.ZERO), new GtdExpiry(CLOCK));
        double week = noJump.quote(new QuoteContext(market(WEEK), YES_BOOK, NO_BOOK, twoSidedMid("0.50"),
                Inventory.FLAT, QuotePermissions.unrestricted(), BigDecimal.ZERO)).trace().get().totalSpread();
        double hour = noJump.quote(new QuoteContext(market(Duration.ofHours(1)), YES_BOOK, NO_BOOK,
                twoSidedMid("0.50"), Inventory.FLAT, QuotePermissions.unrestricted(), BigDecimal.ZERO))
                .trace().get().totalSpread();

        assertThat(hour).isLessThan(week);
    }

    @Test
    void fullToxicity_doublesSpreadAndHalvesSize() {
        // δ·(1 + 1·1) = 0.289118; bid σ(−0.144559) = 0.463923 → 0.46; ask 0.536077 → 0.54.
        // size 20·(1 − 0.5·1) = 10.
        QuotePlan toxic = quote(market(WEEK), Inventory.FLAT, QuotePermissions.unrestricted(), "1");

        assertThat(toxic.bid().get().yesPrice()).isEqualTo(Price.parse("0.46"));
        assertThat(toxic.ask().get().yesPrice()).isEqualTo(Price.parse("0.54"));
        assertThat(toxic.bid().get().size()).isEqualTo(Shares.whole(10));
    }

    @Test
    void rulesWidening_multipliesSpread() {
        // δ·1.5 = 0.216838; bid σ(−0.108419) = 0.472922 → 0.47; ask 0.527078 → 0.53.
        QuotePlan widened = quote(market(WEEK), Inventory.FLAT,
                QuotePermissions.unrestricted().withSpreadWidenFactor(new BigDecimal("1.5")), "0");

        assertThat(widened.bid().get().yesPrice()).isEqualTo(Price.parse("0.47"));
        assertThat(widened.ask().get().yesPrice()).isEqualTo(Price.parse("0.53"));
    }

    @Test
    void flatInventory_askGoesOutAsNoBidAtComplement() {
        // No YES tokens to sell: the YES ask at 0.52 is a BUY of NO at 1 − 0.52 = 0.48.
        TargetQuote ask = quote(Inventory.FLAT).ask().get();

        assertThat(ask.outcome()).isEqualTo(Outcome.NO);
        assertThat(ask.token()).isEqualTo(NO);
        assertThat(ask.side()).isEqualTo(Side.BUY);
        assertThat(ask.price()).isEqualTo(Price.parse("0.48"));
        assertThat(ask.yesPrice()).isEqualTo(Price.parse("0.52"));
    }

    @Test
    void heldYesTokens_askSellsYes_andBidBuysYes() {
        QuotePlan plan = quote(Inventory.longYes(Shares.whole(100)));

        assertThat(plan.ask().get().side()).isEqualTo(Side.SELL);
        assertThat(plan.ask().get().token()).isEqualTo(YES);
        assertThat(plan.bid().get().side()).isEqualTo(Side.BUY);
        assertThat(plan.bid().get().token()).isEqualTo(YES);
    }

    @Test
    void heldNoTokens_bidSellsNoAtComplement() {
        // q = −100: bid 0.50 in YES terms; we hold 100 NO, so it is a SELL of NO at 0.50.
        TargetQuote bid = quote(Inventory.longNo(Shares.whole(100))).bid().get();

        assertThat(bid.token()).isEqualTo(NO);
        assertThat(bid.side()).isEqualTo(Side.SELL);
        assertThat(bid.price()).isEqualTo(Price.parse("0.50"));
    }

    @Test
    void everyQuoteIsPostOnlyGtdExpiringAfterLifetimePlusThreshold() {
        // now + 60 s threshold + 10 s buffer + 300 s lifetime = now + 370 s (close is a week away).
        TargetQuote bid = quote(Inventory.FLAT).bid().get();

        assertThat(bid.postOnly()).isTrue();
        assertThat(bid.toIntent(new astra.domain.ClientOrderId("c1"), "test").postOnly()).isTrue();
        assertThat(bid.expiration().expiresAt()).isEqualTo(NOW.plusSeconds(370));
        assertThat(bid.expiration().cappedAtMarketClose()).isFalse();
    }

    @Test
    void closeInFiveMinutes_expirationCappedAtCloseMinusMargin() {
        // close = now + 300 s, margin 60 s: cap now + 240 s < now + 370 s.
        TargetQuote bid = quote(market(Duration.ofMinutes(5)), Inventory.FLAT, QuotePermissions.unrestricted(), "0")
                .bid().get();

        assertThat(bid.expiration().expiresAt()).isEqualTo(NOW.plusSeconds(240));
        assertThat(bid.expiration().cappedAtMarketClose()).isTrue();
    }

    @Test
    void closeTooNearForAnyGtd_noQuotes() {
        // close = now + 100 s: cap now + 40 s, earliest valid now + 70 s.
        QuotePlan plan = quote(market(Duration.ofSeconds(100)), Inventory.FLAT, QuotePermissions.unrestricted(), "0");

        assertThat(plan.quotes()).isEmpty();
        assertThat(plan.reasons().get(0)).startsWith("no valid GTD expiration");
    }

    @Test
    void veto_noQuotesWithTheRulesReason() {
        QuotePlan plan = quote(market(WEEK), Inventory.FLAT, QuotePermissions.vetoed("STALE_FEED"), "0");

        assertThat(plan.quotes()).isEmpty();
        assertThat(plan.reasons()).containsExactly("vetoed by the rules: STALE_FEED");
    }

    @Test
    void noMid_noQuotes() {
        MidQuote none = new MidQuote(Optional.empty(), MidSource.NONE, Optional.of(MidFallback.CROSSED_BOOK),
                "crossed book");
        QuotePlan plan = quoter.quote(new QuoteContext(market(WEEK), YES_BOOK, NO_BOOK, none, Inventory.FLAT,
                QuotePermissions.unrestricted(), BigDecimal.ZERO));

        assertThat(plan.quotes()).isEmpty();
        assertThat(plan.reasons()).containsExactly("no mid: crossed book");
    }

    @Test
    void sideNotPermitted_isDropped() {
        QuotePlan plan = quote(market(WEEK), Inventory.FLAT, QuotePermissions.unrestricted().withSides(true, false),
                "0");

        assertThat(plan.bid()).isPresent();
        assertThat(plan.ask()).isEmpty();
        assertThat(plan.reasons()).contains("ask not permitted by the rules");
    }

    @Test
    void reduceOnlyWhenLong_onlyAskNoLargerThanInventory() {
        // q = +8: the bid would add to it; the ask may sell at most 8 (base 20 capped to |q|).
        QuotePlan plan = quote(market(WEEK), Inventory.longYes(Shares.whole(8)),
                QuotePermissions.unrestricted().withReduceOnly(true), "0");

        assertThat(plan.bid()).isEmpty();
        assertThat(plan.ask().get().size()).isEqualTo(Shares.whole(8));
        assertThat(plan.ask().get().side()).isEqualTo(Side.SELL);
    }

    @Test
    void reduceOnlyWhenShort_onlyBid() {
        QuotePlan plan = quote(market(WEEK), Inventory.longNo(Shares.whole(50)),
                QuotePermissions.unrestricted().withReduceOnly(true), "0");

        assertThat(plan.ask()).isEmpty();
        assertThat(plan.bid().get().size()).isEqualTo(Shares.whole(20));
    }

    @Test
    void reduceOnlyWithInventoryBelowMinimum_noQuotes() {
        // |q| = 3 < minimum 5: neither side can rest.
        QuotePlan plan = quote(market(WEEK), Inventory.longYes(Shares.whole(3)),
                QuotePermissions.unrestricted().withReduceOnly(true), "0");

        assertThat(plan.quotes()).isEmpty();
        assertThat(plan.reasons()).contains("ask size 3 below the market minimum 5");
    }

    @Test
    void sizeFactorAndCapMultiplier_scaleSize_downToTheMinimumButNotBelow() {
        // 20·0.5·0.5 = 5 = minimum: quoted. 20·0.4·0.5 = 4: dropped, not raised to 5.
        QuotePlan atMinimum = quote(market(WEEK), Inventory.FLAT,
                QuotePermissions.unrestricted().withSizing(new BigDecimal("0.5"), new BigDecimal("0.5")), "0");
        QuotePlan below = quote(market(WEEK), Inventory.FLAT,
                QuotePermissions.unrestricted().withSizing(new BigDecimal("0.5"), new BigDecimal("0.4")), "0");

        assertThat(atMinimum.bid().get().size()).isEqualTo(Shares.whole(5));
        assertThat(below.quotes()).isEmpty();
    }

    @Test
    void scaledSize_flooredToTwoDecimals() {
        // 20·0.333 = 6.66 exactly; 20·0.3333 = 6.666 → 6.66.
        QuotePlan plan = quote(market(WEEK), Inventory.FLAT,
                QuotePermissions.unrestricted().withSizing(BigDecimal.ONE, new BigDecimal("0.3333")), "0");

        assertThat(plan.bid().get().size()).isEqualTo(Shares.parse("6.66"));
    }

    @Test
    void heavyLongInventory_askWouldCrossTheBid_movedOneTickAboveIt() {
        // q = +1000: r = −0.882; ask σ(−0.809721) = 0.307950 → 0.31, below the YES bid 0.45:
        // a postOnly sell there would cross, so it rests at 0.46. Bid σ(−0.954279) = 0.278025 → 0.27.
        QuotePlan plan = quote(Inventory.longYes(Shares.whole(1000)));

        assertThat(plan.ask().get().yesPrice()).isEqualTo(Price.parse("0.46"));
        assertThat(plan.bid().get().yesPrice()).isEqualTo(Price.parse("0.27"));
    }

    @Test
    void noBookBidWouldMintAgainstOurBid_bidKeptBelowOneMinusNoBid() {
        // YES book 0.47 / 0.53; NO book bid 0.52: a YES buy at b mints against it when b ≥ 1 − 0.52 = 0.48.
        // The model bid 0.48 is therefore moved to 0.47. A 1 − p reading of the YES book would not see this.
        Book yes = book(YES, List.of("0.47@100"), List.of("0.53@100"));
        Book no = book(NO, List.of("0.52@100"), List.of("0.60@100"));
        QuotePlan plan = quoter.quote(new QuoteContext(market(WEEK), yes, no, twoSidedMid("0.50"), Inventory.FLAT,
                QuotePermissions.unrestricted(), BigDecimal.ZERO));

        assertThat(plan.bid().get().yesPrice()).isEqualTo(Price.parse("0.47"));
        assertThat(plan.ask().get().yesPrice()).isEqualTo(Price.parse("0.52"));
    }

    @Test
    void noBookAskWouldMergeAgainstOurAsk_askKeptAboveOneMinusNoAsk() {
        // NO ask 0.48: a YES sell at a merges against it when a ≤ 1 − 0.48 = 0.52; model ask 0.52 → 0.53.
        Book no = book(NO, List.of("0.40@100"), List.of("0.48@100"));
        QuotePlan plan = quoter.quote(new QuoteContext(market(WEEK), YES_BOOK, no, twoSidedMid("0.50"),
                Inventory.FLAT, QuotePermissions.unrestricted(), BigDecimal.ZERO));

        assertThat(plan.ask().get().yesPrice()).isEqualTo(Price.parse("0.53"));
    }

    @Test
    void shortInventoryNearOne_pairPinnedAtUpperBound_bidStepsBelowAsk() {
        // Fair = 0.985 (mid 0.99, microprice 0.98, weight 0.5); q = −1000: r = logit(0.985) + 0.882 = 5.066591.
        // bid σ(4.994312) = 0.993269 → 0.99; ask σ(5.138871) = 0.994170 → 1.00 → clamped 0.99. Touching: bid 0.98.
        Book yes = book(YES, List.of("0.97@100"), List.of("0.99@100"));
        Book no = book(NO, List.of("0.01@100"), List.of("0.03@100"));
        QuotePlan plan = quoter.quote(new QuoteContext(market(WEEK), yes, no, twoSidedMid("0.99"),
                Inventory.longNo(Shares.whole(1000)), QuotePermissions.unrestricted(), BigDecimal.ZERO));

        assertThat(plan.ask().get().yesPrice()).isEqualTo(Price.parse("0.99"));
        assertThat(plan.bid().get().yesPrice()).isEqualTo(Price.parse("0.98"));
    }

    @Test
    void anyInventory_neverCrossedPairNorCrossingTheBook() {
        for (int q = -3000; q <= 3000; q += 50) {
            Inventory inv = q >= 0 ? Inventory.longYes(Shares.whole(q)) : Inventory.longNo(Shares.whole(-q));
            QuotePlan plan = quote(inv);
            plan.bid().ifPresent(b -> assertThat(b.yesPrice()).isLessThan(Price.parse("0.55")));
            plan.ask().ifPresent(a -> assertThat(a.yesPrice()).isGreaterThan(Price.parse("0.45")));
            if (plan.bid().isPresent() && plan.ask().isPresent()) {
                assertThat(plan.bid().get().yesPrice()).isLessThan(plan.ask().get().yesPrice());
            }
        }
    }

    @Test
    void coarseTick_pricesOnTheGrid() {
        // Tick 0.1: bid 0.481938 → 0.4, ask 0.518062 → 0.6; neither crosses the 0.45/0.55 book. With no
        // YES tokens the ask goes out as a NO bid at 1 − 0.6 = 0.4.
        Market coarse = market(WEEK, TickSize.TENTH, astra.domain.FeeSchedule.none());
        QuotePlan plan = quote(coarse, Inventory.FLAT, QuotePermissions.unrestricted(), "0");

        assertThat(plan.bid().get().price()).isEqualTo(Price.parse("0.4"));
        assertThat(plan.ask().get().yesPrice()).isEqualTo(Price.parse("0.6"));
        assertThat(plan.ask().get().price()).isEqualTo(Price.parse("0.4"));
    }

    @Test
    void fairValueReadsTheBookWithoutOurQuotes_soASkewedPairDoesNotWalkItsOwnMid() {
        // Our skewed pair rests at the touch: bid 0.45 and ask 0.50 (the long-inventory quotes above).
        // With them in, the YES book is 0.45 / 0.50 and its mid 0.475; without them the others' book
        // is 0.44 / 0.55, mid 0.495, and at q = 0 that gives the flat band around 0.495:
        // bid σ(logit(0.495) − 0.072279) = σ(−0.092280) = 0.476947 → 0.47; ask σ(0.052277) = 0.513066 → 0.52.
        Book venueYes = book(YES, List.of("0.45@20", "0.44@100"), List.of("0.50@20", "0.55@100"));
        Book othersYes = book(YES, List.of("0.44@100"), List.of("0.55@100"));
        Book venueNo = book(NO, List.of("0.45@100"), List.of("0.56@100"));

        QuotePlan plan = quoter.quote(new QuoteContext(market(WEEK), venueYes, venueNo, othersYes, twoSidedMid("0.495"),
                Inventory.FLAT, QuotePermissions.unrestricted(), BigDecimal.ZERO));
        QuotePlan ownMid = quoter.quote(new QuoteContext(market(WEEK), venueYes, venueNo, twoSidedMid("0.475"),
                Inventory.FLAT, QuotePermissions.unrestricted(), BigDecimal.ZERO));

        assertThat(plan.trace().get().fairValue()).isEqualByComparingTo("0.495");
        assertThat(plan.bid().get().yesPrice()).isEqualTo(Price.parse("0.47"));
        assertThat(plan.ask().get().yesPrice()).isEqualTo(Price.parse("0.52"));
        assertThat(ownMid.trace().get().fairValue()).isEqualByComparingTo("0.475");
    }
}
