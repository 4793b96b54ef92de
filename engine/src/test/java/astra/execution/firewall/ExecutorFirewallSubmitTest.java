package astra.execution.firewall;

import static astra.execution.firewall.Fixtures.MARKET;
import static astra.execution.firewall.Fixtures.T0;
import static astra.execution.firewall.Fixtures.gtc;
import static astra.execution.firewall.Fixtures.gtd;
import static astra.execution.firewall.Fixtures.postOnly;
import static astra.execution.firewall.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.DecisionRecord;
import astra.domain.Market;
import astra.domain.Order;
import astra.domain.OrderIntent;
import astra.domain.OrderStatus;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Reservation;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.domain.Usd;
import astra.execution.firewall.ScriptedVenue.SubmitOutcomeKind;
import astra.ports.PreparedOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExecutorFirewallSubmitTest {

    private static SubmitResult only(List<SubmitResult> results) {
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static RefusalCode refusalOf(Rig rig, OrderRequest request) {
        SubmitResult result = only(rig.gateway().submit(List.of(request)));
        assertThat(result).isInstanceOf(Refusal.class);
        return ((Refusal) result).code();
    }

    @Test
    void submitBeforeFirstReconciliation_isRefusedAndNothingIsSent() {
        Rig rig = new Rig();

        assertThat(refusalOf(rig, request(gtc("c1", Side.BUY, "0.40", 10)))).isEqualTo(RefusalCode.NOT_RECONCILED);

        assertThat(rig.venue.submittedBatches).isEmpty();
        assertThat(rig.store.find(new ClientOrderId("c1"))).isEmpty();
        rig.control().reconcile();
        assertThat(only(rig.gateway().submit(List.of(request(gtc("c1", Side.BUY, "0.40", 10))))))
                .isInstanceOf(SubmitResult.Sent.class);
    }

    @Test
    void refusal_isAuditedWithReasonCodeAndFirewallRuleName() {
        Rig rig = Rig.open();

        rig.gateway().submit(List.of(request(gtc("small", Side.BUY, "0.40", 4))));

        List<DecisionRecord> lines = rig.store.auditSince(T0).stream()
                .filter(d -> d.reasonCode().equals("BELOW_MIN_SIZE")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).ruleName()).isEqualTo("firewall.minimumSize");
        assertThat(lines.get(0).market()).contains(Fixtures.MARKET_ID);
        assertThat(lines.get(0).detail()).contains("small").contains("below the market's minimum 5");
    }

    @Test
    void restingOrderBelowMarketMinimum_isRefused() {
        assertThat(refusalOf(Rig.open(), request(gtc("c", Side.BUY, "0.40", 4)))).isEqualTo(RefusalCode.BELOW_MIN_SIZE);
    }

    @Test
    void marketableOrderBelowOneDollar_isRefused_butOneDollarPasses() {
        Rig rig = Rig.open();
        // 2 shares × 0.49 = 0.98 < 1.00; 2 × 0.50 = 1.00 is exactly the minimum.
        OrderIntent small = new OrderIntent(new ClientOrderId("fok1"), Fixtures.MARKET_ID, Fixtures.YES, Side.BUY,
                Price.parse("0.49"), Shares.whole(2), TickSize.HUNDREDTH, OrderType.FOK, false, Optional.empty(), "t");
        OrderIntent enough = new OrderIntent(new ClientOrderId("fok2"), Fixtures.MARKET_ID, Fixtures.YES, Side.BUY,
                Price.parse("0.50"), Shares.whole(2), TickSize.HUNDREDTH, OrderType.FOK, false, Optional.empty(), "t");

        assertThat(refusalOf(rig, request(small))).isEqualTo(RefusalCode.BELOW_MIN_SIZE);
        assertThat(only(rig.gateway().submit(List.of(request(enough))))).isInstanceOf(SubmitResult.Sent.class);
    }

    @Test
    void gtdExpirationInsideThresholdPlusBuffer_isRefusedAtSendTime() {
        Rig rig = Rig.open();
        // Threshold 60 s + buffer 10 s: T0+69 s is inside, T0+70 s is the earliest allowed.
        assertThat(refusalOf(rig, request(gtd("g1", T0.plusSeconds(69))))).isEqualTo(RefusalCode.GTD_INSIDE_THRESHOLD);
        assertThat(only(rig.gateway().submit(List.of(request(gtd("g2", T0.plusSeconds(70)))))))
                .isInstanceOf(SubmitResult.Sent.class);
    }

    @Test
    void gtdValidWhenBuilt_isRefusedOnceTimeHasCaughtUpWithIt() {
        Rig rig = Rig.open();
        OrderIntent intent = gtd("g", T0.plusSeconds(100));
        rig.clock.advance(Duration.ofSeconds(31));
        // Now T0+31: earliest allowed is T0+101, so T0+100 falls inside the threshold.
        assertThat(refusalOf(rig, request(intent))).isEqualTo(RefusalCode.GTD_INSIDE_THRESHOLD);
    }

    @Test
    void intentPricedOnAnOldTick_isRefusedAsStale() {
        Market coarser = MARKET.withTickSize(TickSize.TENTH);
        OrderRequest r = new OrderRequest(gtc("c", Side.BUY, "0.40", 10), coarser, OrderPermissions.ALL);
        assertThat(refusalOf(Rig.open(), r)).isEqualTo(RefusalCode.STALE_TICK);
    }

    @Test
    void intentForAnotherMarketOrToken_isRefused() {
        OrderIntent otherToken = new OrderIntent(new ClientOrderId("c"), Fixtures.MARKET_ID, new TokenId("999"),
                Side.BUY, Price.parse("0.40"), Shares.whole(10), TickSize.HUNDREDTH, OrderType.GTC, false,
                Optional.empty(), "t");
        OrderIntent otherMarket = new OrderIntent(new ClientOrderId("d"), new ConditionId("0xother"), Fixtures.YES,
                Side.BUY, Price.parse("0.40"), Shares.whole(10), TickSize.HUNDREDTH, OrderType.GTC, false,
                Optional.empty(), "t");
        Rig rig = Rig.open();
        assertThat(refusalOf(rig, request(otherToken))).isEqualTo(RefusalCode.MARKET_MISMATCH);
        assertThat(refusalOf(rig, request(otherMarket))).isEqualTo(RefusalCode.MARKET_MISMATCH);
    }

    @Test
    void orderInAClosedMarket_isRefused() {
        Rig rig = Rig.open();
        rig.clock.advance(Duration.ofDays(31));
        rig.control().reconcile();
        assertThat(refusalOf(rig, request(gtc("c", Side.BUY, "0.40", 10)))).isEqualTo(RefusalCode.MARKET_CLOSED);
    }

    @Test
    void reduceOnly_refusesBuys_andSideFlagsRefuseTheirSide() {
        Rig rig = Rig.open();
        OrderRequest buyReduceOnly = new OrderRequest(gtc("b", Side.BUY, "0.40", 10), MARKET, OrderPermissions.REDUCE_ONLY);
        OrderRequest sellNotAllowed = new OrderRequest(gtc("s", Side.SELL, "0.60", 10), MARKET,
                new OrderPermissions(true, false, false));
        OrderRequest buyNotAllowed = new OrderRequest(gtc("b2", Side.BUY, "0.40", 10), MARKET,
                new OrderPermissions(false, true, false));

        assertThat(refusalOf(rig, buyReduceOnly)).isEqualTo(RefusalCode.REDUCE_ONLY);
        assertThat(refusalOf(rig, sellNotAllowed)).isEqualTo(RefusalCode.SIDE_NOT_PERMITTED);
        assertThat(refusalOf(rig, buyNotAllowed)).isEqualTo(RefusalCode.SIDE_NOT_PERMITTED);
    }

    @Test
    void buyBeyondUnreservedCollateral_isRefused_countingEarlierReservations() {
        Rig rig = Rig.open();
        rig.balance = Usd.parse("8");
        // Post-only buys reserve price × size only: 10 × 0.40 = 4.00 each. Two fit in 8.00; a third does not.
        List<SubmitResult> results = rig.gateway().submit(List.of(
                request(postOnly("a", Side.BUY, "0.40", 10)),
                request(postOnly("b", Side.BUY, "0.40", 10)),
                request(postOnly("c", Side.BUY, "0.40", 10))));

        assertThat(results.get(0)).isInstanceOf(SubmitResult.Sent.class);
        assertThat(results.get(1)).isInstanceOf(SubmitResult.Sent.class);
        assertThat(((Refusal) results.get(2)).code()).isEqualTo(RefusalCode.INSUFFICIENT_COLLATERAL);
        assertThat(((Refusal) results.get(2)).detail()).contains("0 available");
    }

    @Test
    void sellBeyondHeldTokens_isRefused() {
        Rig rig = Rig.open();
        assertThat(refusalOf(rig, request(gtc("s", Side.SELL, "0.60", 10)))).isEqualTo(RefusalCode.INSUFFICIENT_TOKENS);
    }

    @Test
    void duplicateClientOrderId_isRefused() {
        Rig rig = Rig.open();
        rig.gateway().submit(List.of(request(gtc("dup", Side.BUY, "0.40", 10))));
        assertThat(refusalOf(rig, request(gtc("dup", Side.BUY, "0.40", 10))))
                .isEqualTo(RefusalCode.DUPLICATE_CLIENT_ORDER_ID);
    }

    @Test
    void thirtyOneIntents_goOutInBatchesOfFifteenFifteenAndOne() {
        Rig rig = Rig.open();
        List<OrderRequest> requests = IntStream.range(0, 31)
                .mapToObj(i -> request(postOnly("o" + i, Side.BUY, "0.10", 5))).toList();

        List<SubmitResult> results = rig.gateway().submit(requests);

        assertThat(rig.venue.submittedBatches).extracting(List::size).containsExactly(15, 15, 1);
        assertThat(results).hasSize(31).allSatisfy(r -> assertThat(r).isInstanceOf(SubmitResult.Sent.class));
        assertThat(rig.venue.submittedBatches.get(1).get(0).intent().clientOrderId().value()).isEqualTo("o15");
        assertThat(results.get(30).clientOrderId().value()).isEqualTo("o30");
    }

    @Test
    void intent_isRecordedWithItsVenueIdBeforeTheSubmit() {
        Rig rig = Rig.open();
        List<String> seenAtSubmit = new ArrayList<>();
        rig.venue.beforeSubmit = batch -> {
            for (PreparedOrder p : batch) {
                Order stored = rig.store.find(p.intent().clientOrderId()).orElseThrow(
                        () -> new AssertionError("submit before the intent was recorded"));
                assertThat(stored.status()).isEqualTo(OrderStatus.INTENT);
                assertThat(stored.venueId()).contains(p.venueId());
                assertThat(rig.store.reservations()).anyMatch(r -> r.order().equals(p.intent().clientOrderId()));
                seenAtSubmit.add(stored.clientOrderId().value());
            }
        };

        rig.gateway().submit(List.of(request(gtc("x", Side.BUY, "0.40", 10)), request(gtc("y", Side.BUY, "0.30", 10))));

        assertThat(seenAtSubmit).containsExactly("x", "y");
        assertThat(rig.store.find(new ClientOrderId("x")).orElseThrow().status()).isEqualTo(OrderStatus.LIVE);
    }

    @Test
    void venueRejection_becomesRejectedWithReason_andReleasesTheReservation() {
        Rig rig = Rig.open();
        rig.venue.outcomes.put(new ClientOrderId("r"), SubmitOutcomeKind.REJECT);

        SubmitResult.Sent sent = (SubmitResult.Sent) only(rig.gateway().submit(List.of(request(gtc("r", Side.BUY, "0.40", 10)))));

        assertThat(sent.status()).isEqualTo(OrderStatus.REJECTED);
        Order order = rig.store.find(new ClientOrderId("r")).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.statusReason().orElseThrow()).contains("not enough balance");
        assertThat(rig.store.reservations()).isEmpty();
    }

    @Test
    void ambiguousAnswer_leavesOrderUnknownWithItsReservation_neverRejected() {
        Rig rig = Rig.open();
        rig.venue.outcomes.put(new ClientOrderId("a"), SubmitOutcomeKind.AMBIGUOUS);
        rig.venue.outcomes.put(new ClientOrderId("m"), SubmitOutcomeKind.OMIT);

        List<SubmitResult> results = rig.gateway().submit(List.of(
                request(gtc("a", Side.BUY, "0.40", 10)), request(gtc("m", Side.BUY, "0.40", 10))));

        assertThat(results).allSatisfy(r -> assertThat(((SubmitResult.Sent) r).status()).isEqualTo(OrderStatus.UNKNOWN));
        assertThat(rig.store.find(new ClientOrderId("a")).orElseThrow().status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(rig.store.find(new ClientOrderId("m")).orElseThrow().statusReason().orElseThrow())
                .contains("no answer");
        assertThat(rig.store.reservations()).hasSize(2);
    }

    @Test
    void submitThatThrows_leavesTheWholeBatchUnknown() {
        Rig rig = Rig.open();
        rig.venue.submitThrows = true;

        List<SubmitResult> results = rig.gateway().submit(List.of(
                request(gtc("a", Side.BUY, "0.40", 10)), request(gtc("b", Side.BUY, "0.40", 10))));

        assertThat(results).allSatisfy(r -> assertThat(((SubmitResult.Sent) r).status()).isEqualTo(OrderStatus.UNKNOWN));
        assertThat(rig.store.unsettledOrders()).extracting(Order::status).containsOnly(OrderStatus.UNKNOWN);
    }

    @Test
    void buyThatMayTake_reservesNotionalPlusWorstTakerFee_postOnlyReservesNotionalOnly() {
        Rig rig = Rig.open();

        rig.gateway().submit(List.of(
                request(gtc("taker40", Side.BUY, "0.40", 10)),
                request(gtc("taker70", Side.BUY, "0.70", 10)),
                request(postOnly("maker40", Side.BUY, "0.40", 10))));

        // 10 @ 0.40: notional 4.00; fee at 0.40 = 10 × 0.03 × 0.40 × 0.60 = 0.072 → 4.072.
        assertThat(collateralOf(rig, "taker40")).isEqualTo(Usd.parse("4.072"));
        // 10 @ 0.70: notional 7.00; worst fee at min(0.70, 0.5) = 10 × 0.03 × 0.25 = 0.075 → 7.075.
        assertThat(collateralOf(rig, "taker70")).isEqualTo(Usd.parse("7.075"));
        // Post-only never takes; makers pay no fee under V2: 4.00.
        assertThat(collateralOf(rig, "maker40")).isEqualTo(Usd.parse("4"));
        assertThat(rig.store.reservedCollateral(Fixtures.MARKET_ID)).isEqualTo(Usd.parse("15.147"));
    }

    @Test
    void sell_reservesTheTokensItWouldDeliver() {
        Rig rig = Rig.open();
        rig.store.recordFill(Fixtures.fill("t0", new astra.domain.OrderId("0xearlier"), Side.BUY, "0.30", 20, T0));

        rig.gateway().submit(List.of(request(gtc("s", Side.SELL, "0.60", 12))));

        assertThat(rig.store.reservedTokens(Fixtures.YES)).isEqualTo(Shares.whole(12));
        // 20 held, 12 reserved: a second sell of 9 exceeds the 8 left.
        assertThat(refusalOf(rig, request(gtc("s2", Side.SELL, "0.60", 9)))).isEqualTo(RefusalCode.INSUFFICIENT_TOKENS);
    }

    @Test
    void aSellFilledInFull_noLongerReservesItsTokens_soTheAskReplacingItIsAdmitted() {
        Rig rig = Rig.open();
        astra.domain.OrderId sold = sellTwelveOfTwentyHeld(rig);
        // s fills in full: 20 - 12 = 8 held, and s needs none of its 12 reserved tokens any more.
        rig.store.recordFill(Fixtures.fill("t1", sold, Side.SELL, "0.60", 12, T0));
        assertThat(rig.store.reservedTokens(Fixtures.YES)).as("until something looks").isEqualTo(Shares.whole(12));

        List<SubmitResult> results = rig.gateway().submit(List.of(request(gtc("s2", Side.SELL, "0.61", 8))));

        assertThat(results.get(0)).isInstanceOf(SubmitResult.Sent.class);
        assertThat(rig.store.reservedTokens(Fixtures.YES)).as("only s2's 8").isEqualTo(Shares.whole(8));
    }

    @Test
    void aSellReopenedByAFailedTrade_reservesItsTokensAgain_soAnAskForThemIsRefusedHere() {
        Rig rig = Rig.open();
        astra.domain.Fill fill = sellTwelveOfTwentyHeld_andFill(rig, 12);
        rig.gateway().submit(List.of(request(gtc("s2", Side.SELL, "0.61", 5)))); // releases s's 12
        assertThat(rig.store.reservedTokens(Fixtures.YES)).isEqualTo(Shares.whole(5));
        // The trade failed: s rests on the venue again with its 12, and 20 are held again.
        rig.store.updateFillStatus(fill.key(), astra.domain.TradeStatus.FAILED);
        assertThat(rig.store.find(new ClientOrderId("s")).orElseThrow().status()).isEqualTo(OrderStatus.LIVE);

        // 20 held, s2's 5 and s's 12 committed: 3 are left, too few for another ask of 5.
        assertThat(refusalOf(rig, request(gtc("s3", Side.SELL, "0.62", 5)))).isEqualTo(RefusalCode.INSUFFICIENT_TOKENS);
        assertThat(rig.store.reservedTokens(Fixtures.YES)).isEqualTo(Shares.whole(17));
    }

    @Test
    void aSellResizedToItsRest_reservesMoreAgainWhenAFailedTradeGivesItBack() {
        Rig rig = Rig.open();
        astra.domain.Fill fill = sellTwelveOfTwentyHeld_andFill(rig, 6);
        rig.control().reconcile(); // 6 of 12 left: it reserves 6
        assertThat(rig.store.reservedTokens(Fixtures.YES)).isEqualTo(Shares.whole(6));

        rig.store.updateFillStatus(fill.key(), astra.domain.TradeStatus.FAILED); // 12 left again, 20 held

        // 20 held, s's 12 committed: 8 left, too few for an ask of 10.
        assertThat(refusalOf(rig, request(gtc("s2", Side.SELL, "0.61", 10)))).isEqualTo(RefusalCode.INSUFFICIENT_TOKENS);
        assertThat(rig.store.reservedTokens(Fixtures.YES)).isEqualTo(Shares.whole(12));
    }

    @Test
    void aBuyFilledInFull_hasTheWalletReadAfresh_soThePUsdItSpentIsNotFreeAgain() {
        KeptBalance wallet = new KeptBalance(Usd.parse("8"));
        Rig rig = new Rig(FirewallConfig.DEFAULTS, wallet);
        rig.control().reconcile();
        rig.gateway().submit(List.of(request(postOnly("a", Side.BUY, "0.40", 10)))); // reserves 4.00 of 8
        astra.domain.OrderId bought = rig.store.find(new ClientOrderId("a")).orElseThrow().venueId().orElseThrow();
        rig.store.recordFill(Fixtures.fill("t1", bought, Side.BUY, "0.40", 10, T0));
        wallet.venue = Usd.parse("4"); // the venue took the 4.00 the fill cost

        List<SubmitResult> results = rig.gateway().submit(List.of(
                request(postOnly("b", Side.BUY, "0.40", 10)), request(postOnly("c", Side.BUY, "0.40", 10))));

        assertThat(results.get(0)).isInstanceOf(SubmitResult.Sent.class);
        assertThat(((Refusal) results.get(1)).code()).as("4.00 left, and b holds it").isEqualTo(RefusalCode.INSUFFICIENT_COLLATERAL);
    }

    /** A wallet read once and kept until told pUSD was spent, as the runtime's cached balance is. */
    private static final class KeptBalance implements CollateralBalance {
        Usd venue;
        private Usd kept;

        KeptBalance(Usd venue) {
            this.venue = venue;
        }

        @Override
        public Usd total() {
            if (kept == null) {
                kept = venue;
            }
            return kept;
        }

        @Override
        public void spent() {
            kept = null;
        }
    }

    /** 20 tokens held, and "s" asks for 12 of them: its venue id. */
    private static astra.domain.OrderId sellTwelveOfTwentyHeld(Rig rig) {
        rig.store.recordFill(Fixtures.fill("t0", new astra.domain.OrderId("0xearlier"), Side.BUY, "0.30", 20, T0));
        rig.gateway().submit(List.of(request(gtc("s", Side.SELL, "0.60", 12))));
        return rig.store.find(new ClientOrderId("s")).orElseThrow().venueId().orElseThrow();
    }

    /** As {@link #sellTwelveOfTwentyHeld}, then {@code size} of "s" filled: the fill recorded. */
    private static astra.domain.Fill sellTwelveOfTwentyHeld_andFill(Rig rig, long size) {
        astra.domain.Fill fill = Fixtures.fill("t1", sellTwelveOfTwentyHeld(rig), Side.SELL, "0.60", size, T0);
        rig.store.recordFill(fill);
        return fill;
    }

    private static Usd collateralOf(Rig rig, String id) {
        return rig.store.reservations().stream().filter(r -> r.order().value().equals(id))
                .map(r -> ((Reservation.Collateral) r).amount()).findFirst().orElseThrow();
    }
}
