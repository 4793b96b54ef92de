package astra.features;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.TokenId;
import astra.execution.CanonicalMid;
import astra.execution.MidFallback;
import astra.execution.MidFallbackCounters;
import astra.execution.MidQuote;
import astra.execution.MidSource;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class BookSteps {
    private static final TokenId YES = new TokenId("yes-token");

    private final World world;
    private final MidFallbackCounters counters = new MidFallbackCounters();
    private Book book;
    private Optional<Price> lastTrade = Optional.empty();
    private Duration maxAge = Duration.ofSeconds(30);
    private MidQuote quote;

    public BookSteps(World world) {
        this.world = world;
    }

    /** A book from a desk table (side, price, size), in any order: the book sorts best first. */
    @Given("the YES book:")
    public void theYesBook(List<Map<String, String>> rows) {
        List<BookLevel> bids = new ArrayList<>();
        List<BookLevel> asks = new ArrayList<>();
        for (Map<String, String> row : rows) {
            BookLevel level = new BookLevel(Price.parse(row.get("price")), Shares.parse(row.get("size")));
            (row.get("side").equals("bid") ? bids : asks).add(level);
        }
        bids.sort(Comparator.comparing(BookLevel::price).reversed());
        asks.sort(Comparator.comparing(BookLevel::price));
        book = new Book(YES, bids, asks, world.tick, 0, world.clock.instant());
    }

    @Given("the YES book is empty")
    public void emptyBook() {
        theYesBook(List.of());
    }

    @Given("the last trade was at {price}")
    public void lastTrade(Price price) {
        lastTrade = Optional.of(price);
    }

    @Given("the book is {int} seconds old while books older than {int} seconds are stale")
    public void bookAge(int age, int staleAfter) {
        world.setTime(book.asOf().plusSeconds(age));
        maxAge = Duration.ofSeconds(staleAfter);
    }

    /** The mid is asked for once per scenario, as the quoter would once per decision. */
    private MidQuote mid() {
        if (quote == null) {
            quote = new CanonicalMid(world.clock, maxAge, counters).of(book, lastTrade);
        }
        return quote;
    }

    @Then("the canonical mid is {price} from {word}")
    public void midIs(Price expected, String source) {
        MidQuote q = mid();
        assertThat(q.mid()).contains(expected);
        assertThat(q.source()).isEqualTo(MidSource.valueOf(source));
    }

    @Then("there is no canonical mid, because of {word}")
    public void noMid(String fallback) {
        MidQuote q = mid();
        assertThat(q.mid()).isEmpty();
        assertThat(q.fallback()).contains(MidFallback.valueOf(fallback));
    }

    @Then("the {word} fallback has been counted once")
    public void countedOnce(String fallback) {
        mid();
        assertThat(counters.count(MidFallback.valueOf(fallback))).isEqualTo(1);
    }
}
