package astra.simulator.venue;

import static astra.simulator.venue.VenueHarness.MARKET;
import static astra.simulator.venue.VenueHarness.NO;
import static astra.simulator.venue.VenueHarness.YES;
import static astra.simulator.venue.VenueHarness.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.simulator.account.Accounts;
import astra.simulator.lifecycle.SettlementPolicy;
import astra.simulator.matching.FeeSchedule;
import astra.simulator.matching.OrderRejectedException;
import astra.simulator.matching.OrderType;
import astra.simulator.matching.Side;
import org.junit.jupiter.api.Test;

class BalanceTest {
    private final VenueHarness h = new VenueHarness(SettlementPolicy.neverFail(), new FeeSchedule(p("0.04"), 1));

    @Test
    void buyNeedsPriceTimesSizePlusTheMaximumFee() {
        // 10 × 0.30 = 3.00, max fee at 0.30: 10 × 0.04 × 0.30 × 0.70 = 0.084 → needs 3.084
        h.venue.deposit("short", p("3.08399"));
        h.venue.deposit("exact", p("3.084"));

        assertThatThrownBy(() -> h.gtc("short", YES, Side.BUY, "0.30", "10"))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessageStartingWith("not enough balance / allowance");
        assertThat(h.gtc("exact", YES, Side.BUY, "0.30", "10").success()).isTrue();
    }

    @Test
    void sellNeedsTheTokens() {
        h.venue.accounts().deposit("seller", YES, p("9.99"));

        assertThatThrownBy(() -> h.gtc("seller", YES, Side.SELL, "0.60", "10"))
                .hasMessageStartingWith("not enough balance / allowance");
    }

    @Test
    void restingOrdersHoldTheirBalance_soASecondOrderCannotSpendItAgain_untilCancelled() {
        h.venue.deposit("alice", p("10"));
        String first = h.gtc("alice", YES, Side.BUY, "0.50", "15").orderId(); // holds 7.50 (makers pay no fee)

        assertThatThrownBy(() -> h.gtc("alice", NO, Side.BUY, "0.40", "10"))   // needs 4.00 + fee, 2.50 left
                .hasMessageStartingWith("not enough balance / allowance");
        h.venue.cancel("alice", first);
        assertThat(h.gtc("alice", NO, Side.BUY, "0.40", "10").success()).isTrue();
    }

    @Test
    void sellingTaker_paysItsFeeOutOfTheProceeds() {
        h.venue.deposit("bidder", p("100"));
        h.venue.accounts().deposit("seller", YES, p("10"));
        h.gtc("bidder", YES, Side.BUY, "0.60", "10");

        h.immediate("seller", YES, Side.SELL, "0.60", "10", OrderType.FOK);

        // proceeds 10 × 0.60 = 6.00, fee 10 × 0.04 × 0.60 × 0.40 = 0.096 → 5.904
        assertThat(h.pusd("seller")).isEqualTo(p("5.904"));
        assertThat(h.tokens("bidder", YES)).isEqualTo(p("10"));
    }

    @Test
    void collateralIsConserved_andTokensStayBackedOneToOne() {
        VenueHarness v = new VenueHarness(SettlementPolicy.seeded(7, 0.3), new FeeSchedule(p("0.02"), 1));
        for (String o : new String[] {"a", "b", "c"}) {
            v.venue.deposit(o, p("1000"));
        }
        long deposited = p("3000");
        v.gtc("a", NO, Side.BUY, "0.40", "50");
        v.gtc("b", YES, Side.BUY, "0.62", "30");       // mints 30 against a's NO bid at 0.40
        v.gtc("c", YES, Side.BUY, "0.58", "20");
        v.clock.advanceTo(v.clock.nowMillis() + 30_000);
        v.immediate("b", YES, Side.SELL, "0.50", "10", OrderType.FAK); // may be undone if its mint failed
        v.gtc("a", NO, Side.BUY, "0.41", "20");
        v.clock.advanceTo(v.clock.nowMillis() + 60_000);

        Accounts acc = v.venue.accounts();
        assertThat(acc.total(Accounts.PUSD)).isEqualTo(deposited);
        assertThat(acc.total(YES)).isEqualTo(acc.total(NO));
        assertThat(acc.balance(Accounts.vault(MARKET), Accounts.PUSD)).isEqualTo(acc.total(YES));
        for (String o : new String[] {"a", "b", "c"}) {
            assertThat(acc.available(o, Accounts.PUSD)).isNotNegative();
        }
    }
}
