package astra.strategy.quote;

import static astra.strategy.StrategyFixtures.CONDITION;
import static astra.strategy.StrategyFixtures.NO;
import static astra.strategy.StrategyFixtures.NOW;
import static astra.strategy.StrategyFixtures.YES;
import static astra.strategy.StrategyFixtures.book;
import static astra.strategy.StrategyFixtures.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.Order;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OthersBookTest {

    private static final Market MARKET = market(Duration.ofDays(7));
    private static final Book YES_BOOK = book(YES, List.of("0.47@30", "0.45@100"), List.of("0.52@20", "0.55@100"));

    private static Order order(TokenId token, Side side, String price, long shares) {
        return order(CONDITION, token, side, price, shares);
    }

    private static int ids;

    private static Order order(ConditionId market, TokenId token, Side side, String price, long shares) {
        OrderIntent intent = new OrderIntent(new ClientOrderId("c" + ++ids), market, token, side, Price.parse(price),
                Shares.whole(shares), TickSize.HUNDREDTH, OrderType.GTC, true, Optional.empty(), "test");
        return Order.recorded(intent, NOW);
    }

    private static List<String> levels(List<BookLevel> levels) {
        return levels.stream().map(l -> l.price() + "@" + l.size()).toList();
    }

    @Test
    void yesBidAndYesAsk_comeOffTheirOwnLevels() {
        // Our YES BUY 20 @ 0.47 leaves 30 − 20 = 10 there; our YES SELL 20 @ 0.52 empties that level.
        Book others = OthersBook.of(YES_BOOK, MARKET,
                List.of(order(YES, Side.BUY, "0.47", 20), order(YES, Side.SELL, "0.52", 20)));

        assertThat(levels(others.bids())).containsExactly("0.47@10", "0.45@100");
        assertThat(levels(others.asks())).containsExactly("0.55@100");
    }

    @Test
    void noBuyShowsAsAYesAskAtTheComplement_andNoSellAsAYesBid() {
        // NO BUY 20 @ 0.48 is liquidity to sell YES at 1 − 0.48 = 0.52 (minting): the whole 0.52 ask.
        // NO SELL 30 @ 0.53 is a YES bid at 1 − 0.53 = 0.47 (merging): the whole 0.47 bid.
        Book others = OthersBook.of(YES_BOOK, MARKET,
                List.of(order(NO, Side.BUY, "0.48", 20), order(NO, Side.SELL, "0.53", 30)));

        assertThat(levels(others.bids())).containsExactly("0.45@100");
        assertThat(levels(others.asks())).containsExactly("0.55@100");
    }

    @Test
    void moreOfOursThanTheLevelShows_removesTheLevelRatherThanGoingNegative() {
        // The book has not caught up with a fill yet: 40 of ours against 30 shown.
        Book others = OthersBook.of(YES_BOOK, MARKET, List.of(order(YES, Side.BUY, "0.47", 40)));

        assertThat(levels(others.bids())).containsExactly("0.45@100");
    }

    @Test
    void twoOfOursAtOnePrice_addUp() {
        Book others = OthersBook.of(YES_BOOK, MARKET,
                List.of(order(YES, Side.BUY, "0.45", 30), order(NO, Side.SELL, "0.55", 30)));

        assertThat(levels(others.bids())).containsExactly("0.47@30", "0.45@40");
    }

    @Test
    void ordersOfOtherMarketsAndNoOrdersLeaveTheBookAsItIs() {
        Order elsewhere = order(new ConditionId("0xbeef"), new TokenId("999"), Side.BUY, "0.47", 30);

        assertThat(OthersBook.of(YES_BOOK, MARKET, List.of(elsewhere))).isSameAs(YES_BOOK);
        assertThat(OthersBook.of(YES_BOOK, MARKET, List.of())).isSameAs(YES_BOOK);
    }

    @Test
    void theNoBook_isRefused() {
        Book noBook = book(NO, List.of("0.45@100"), List.of("0.55@100"));

        assertThatThrownBy(() -> OthersBook.of(noBook, MARKET, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the YES book");
    }
}
