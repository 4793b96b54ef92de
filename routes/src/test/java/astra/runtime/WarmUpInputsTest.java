package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Book;
import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.Order;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WarmUpInputsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Market MARKET = new Market(new ConditionId("0xm"), new TokenId("1"), new TokenId("2"), false,
            Optional.empty(), TickSize.HUNDREDTH, Shares.whole(5),
            new FeeSchedule.Curve(new BigDecimal("0.03"), 1, BigDecimal.ZERO, true), ProtocolVersion.V2,
            MarketClocks.closingAt(Instant.parse("2027-01-01T00:00:00Z")));

    @Test
    void madeUpBooksNeverCross_evenWithOurOldOrdersOnBothSidesOfAMovingMid() {
        WarmUpInputs made = new WarmUpInputs(new Random(3), Clock.fixed(NOW, ZoneOffset.UTC));
        Random prices = new Random(4);
        int oneSided = 0;
        for (int round = 0; round < 5_000; round++) {
            long mid = made.mid(MARKET);
            assertThat(mid).isBetween(250_000L, 750_000L);
            assertThat(mid % MARKET.tickSize().micros()).isZero();
            List<Order> ours = new ArrayList<>();
            for (int i = 0; i < 4; i++) { // orders left from earlier rounds, anywhere on the tick grid
                long at = (5 + prices.nextInt(90)) * 10_000L;
                ours.add(made.resting(new OrderIntent(new ClientOrderId("o" + round + "-" + i), MARKET.conditionId(),
                        MARKET.yesToken(), prices.nextBoolean() ? Side.BUY : Side.SELL, new Price(at), Shares.whole(5),
                        TickSize.HUNDREDTH, OrderType.GTC, true, Optional.empty(), "test")));
            }
            Book book = made.book(MARKET.yesToken(), MARKET, mid, ours);
            if (book.bids().isEmpty() || book.asks().isEmpty()) {
                oneSided++;
                continue;
            }
            assertThat(book.bids().get(0).price().micros()).as("round %d: best bid below best ask", round)
                    .isLessThan(book.asks().get(0).price().micros());
        }
        assertThat(oneSided).as("one-sided books, for the mid's fallbacks").isPositive();
    }

    @Test
    void someMadeUpBooksAreEmpty_asASessionsBooksLessOurOrdersAre_butNoneIsStaleOrCrossed() {
        WarmUpInputs made = new WarmUpInputs(new Random(6), Clock.fixed(NOW, ZoneOffset.UTC));
        int empty = 0;
        for (int round = 0; round < 2_000; round++) {
            Book book = made.book(MARKET.yesToken(), MARKET, made.mid(MARKET), List.of());
            if (book.bids().isEmpty() && book.asks().isEmpty()) {
                empty++;
            }
            // The mid logs a warning for each stale or crossed book: a warm-up must not write one.
            assertThat(book.asOf()).isEqualTo(NOW);
            assertThat(book.isCrossed()).isFalse();
        }
        assertThat(empty).as("books with no level at all: no mid, no quote").isBetween(50, 400);
    }

    @Test
    void roundsMostlyHaveTheWholeBudgetAndOneMarket_butSometimesNoBudgetOrACyclesWorth() {
        WarmUpInputs made = new WarmUpInputs(new Random(7), Clock.fixed(NOW, ZoneOffset.UTC));
        int spent = 0;
        int whole = 0;
        int single = 0;
        int moreThanOneBatch = 0; // two orders a market: over 15 orders takes a second batch
        for (int round = 0; round < 2_000; round++) {
            int left = made.budgetLeft(60);
            assertThat(left).isBetween(0, 60);
            spent += left == 0 ? 1 : 0;
            whole += left == 60 ? 1 : 0;
            int markets = made.marketsThisRound(20);
            assertThat(markets).isBetween(1, 20);
            single += markets == 1 ? 1 : 0;
            moreThanOneBatch += 2 * markets > 15 ? 1 : 0;
            assertThat(made.marketsThisRound(3)).isBetween(1, 3);
        }
        assertThat(spent).as("rounds with nothing left: the planner defers").isPositive();
        assertThat(whole).isGreaterThan(1_000);
        assertThat(single).isGreaterThan(1_600);
        assertThat(moreThanOneBatch).isPositive();
    }

    @Test
    void theMidWalksAFewTicksARound() {
        WarmUpInputs made = new WarmUpInputs(new Random(5), Clock.fixed(NOW, ZoneOffset.UTC));
        long last = made.mid(MARKET);
        for (int round = 0; round < 1_000; round++) {
            long next = made.mid(MARKET);
            assertThat(Math.abs(next - last)).isLessThanOrEqualTo(2 * MARKET.tickSize().micros());
            last = next;
        }
    }

    @Test
    void nowAndThenTwoOfOurOrdersShareASlotAndAPrice_asWhenARequoteRacedAFill() {
        WarmUpInputs made = new WarmUpInputs(new Random(5), Clock.fixed(NOW, ZoneOffset.UTC));
        Order live = made.resting(new OrderIntent(new ClientOrderId("o1"), MARKET.conditionId(), MARKET.yesToken(),
                Side.BUY, new Price(480_000), Shares.whole(5), TickSize.HUNDREDTH, OrderType.GTC, true,
                Optional.empty(), "test"));
        int twins = 0;
        int rounds = 10_000;
        for (int round = 0; round < rounds; round++) {
            List<Order> mine = made.restingOf(List.of(live));
            if (mine.size() == 2) {
                twins++;
                Order twin = mine.get(1);
                assertThat(twin.clientOrderId()).isNotEqualTo(live.clientOrderId());
                assertThat(twin.intent().price()).isEqualTo(live.intent().price());
                assertThat(twin.intent().token()).isEqualTo(live.intent().token());
                assertThat(twin.intent().side()).isEqualTo(live.intent().side());
                assertThat(twin.status()).isEqualTo(live.status());
            }
            assertThat(mine.size()).isLessThanOrEqualTo(2);
        }
        assertThat(twins).as("about one round in 20").isBetween(rounds / 40, rounds / 10);
    }

    @Test
    void restingOrdersSometimesHoldEqualIdsThatAreNotTheRequestsOwnObjects_asTheStoresDo() {
        WarmUpInputs made = new WarmUpInputs(new Random(5), Clock.fixed(NOW, ZoneOffset.UTC));
        OrderIntent request = new OrderIntent(new ClientOrderId("o1"), MARKET.conditionId(), MARKET.yesToken(),
                Side.BUY, new Price(480_000), Shares.whole(5), TickSize.HUNDREDTH, OrderType.GTC, true,
                Optional.empty(), "test");
        int copies = 0;
        int rounds = 1_000;
        for (int round = 0; round < rounds; round++) {
            OrderIntent held = made.resting(request).intent();
            assertThat(held).isEqualTo(request);
            if (held.token() != request.token()) {
                copies++;
                assertThat(held.market()).isNotSameAs(request.market()).isEqualTo(request.market());
                assertThat(held.clientOrderId()).isNotSameAs(request.clientOrderId())
                        .isEqualTo(request.clientOrderId());
            }
        }
        assertThat(copies).as("about half").isBetween(rounds / 3, 2 * rounds / 3);
    }
}
