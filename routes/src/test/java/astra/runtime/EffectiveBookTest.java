package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveBookTest {
    private static final TokenId YES = new TokenId("1");
    private static final TokenId NO = new TokenId("2");
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static BookLevel level(String price, long shares) {
        return new BookLevel(Price.parse(price), Shares.whole(shares));
    }

    @Test
    void bidsOnlyOnBothTokens_giveYesAnAskFromTheNoBids() {
        // YES bids 0.40 (100); NO bids 0.55 (50) and 0.50 (70). A YES buy at b mints against a NO bid
        // q when b ≥ 1 − q, so the NO bids read as YES asks at 1 − 0.55 = 0.45 and 1 − 0.50 = 0.50.
        Book yes = new Book(YES, List.of(level("0.40", 100)), List.of(), TickSize.HUNDREDTH, 1, T);
        Book no = new Book(NO, List.of(level("0.55", 50), level("0.50", 70)), List.of(), TickSize.HUNDREDTH, 1, T);

        Book effective = EffectiveBook.yes(yes, no);

        assertThat(effective.bids()).containsExactly(level("0.40", 100));
        assertThat(effective.asks()).containsExactly(level("0.45", 50), level("0.50", 70));
    }

    @Test
    void samePriceFromBothBooks_addsSizes_andKeepsBestFirst() {
        // YES asks 0.60 (10); NO bid 0.40 reads as a YES ask at 0.60 (+30); NO ask 0.45 reads as a YES
        // bid at 0.55 (20), above the real YES bid 0.50 (5).
        Book yes = new Book(YES, List.of(level("0.50", 5)), List.of(level("0.60", 10)), TickSize.HUNDREDTH, 1, T);
        Book no = new Book(NO, List.of(level("0.40", 30)), List.of(level("0.45", 20)), TickSize.HUNDREDTH, 1, T);

        Book effective = EffectiveBook.yes(yes, no);

        assertThat(effective.bids()).containsExactly(level("0.55", 20), level("0.50", 5));
        assertThat(effective.asks()).containsExactly(level("0.60", 40));
        assertThat(effective.token()).isEqualTo(YES);
    }
}
