package astra.strategy.parity;

import static astra.strategy.StrategyFixtures.market;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.BookLevel;
import astra.domain.Market;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Usd;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TouchPricingMemoTest {
    private int pricings;
    private final TouchPricingMemo memo = new TouchPricingMemo((m, yes, no) -> {
        pricings++;
        return Optional.of(new PricedPair(yes.size().min(no.size()), Usd.parse("0.01")));
    });

    private static BookLevel level(String price, String size) {
        return new BookLevel(Price.parse(price), Shares.parse(size));
    }

    @Test
    void theSameObjects_orEqualOnes_arePricedOnce_andAMovedTouchAfresh() {
        Market market = market(Duration.ofDays(7));
        BookLevel yes = level("0.45", "100");
        BookLevel no = level("0.54", "80");

        Optional<PricedPair> first = memo.price(market, yes, no);
        assertThat(memo.price(market, yes, no)).isSameAs(first);
        assertThat(memo.price(market, level("0.45", "100"), level("0.54", "80"))).isSameAs(first);
        assertThat(pricings).isEqualTo(1);

        assertThat(memo.price(market, yes, level("0.54", "70")).orElseThrow().size()).isEqualTo(Shares.parse("70"));
        assertThat(pricings).isEqualTo(2);
    }

    @Test
    void anEqualMarketInAnotherObject_isStillTheSameTouch() {
        BookLevel yes = level("0.45", "100");
        BookLevel no = level("0.54", "80");
        memo.price(market(Duration.ofDays(7)), yes, no);
        memo.price(market(Duration.ofDays(7)), yes, no);

        assertThat(pricings).isEqualTo(1);
    }
}
