package astra.strategy.quote;

import astra.domain.Book;
import astra.domain.Market;
import astra.execution.MidQuote;
import astra.strategy.Inventory;
import astra.strategy.QuotePermissions;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Everything the quoter needs about one market in one cycle.
 *
 * @param yesBook the YES token's book as the venue shows it, our orders included: what the book
 *                guard reads (the book bids and YES sells rest on)
 * @param noBook the NO token's own book, read for the NO bids that carry asks and for the venue's
 *               mint/merge crossing (never inferred from the YES book)
 * @param othersYesBook the YES book less our own resting orders ({@link OthersBook}): what fair value
 *                      reads, so that our quotes never price themselves
 * @param mid the canonical mid of {@code othersYesBook}
 * @param toxicity how toxic the market's flow is, in [0, 1] (0 clean; see
 *                 {@code astra.strategy.markout.Toxicity})
 */
public record QuoteContext(
        Market market,
        Book yesBook,
        Book noBook,
        Book othersYesBook,
        MidQuote mid,
        Inventory inventory,
        QuotePermissions permissions,
        BigDecimal toxicity) {

    public QuoteContext {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(yesBook, "yesBook");
        Objects.requireNonNull(noBook, "noBook");
        Objects.requireNonNull(othersYesBook, "othersYesBook");
        Objects.requireNonNull(mid, "mid");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(toxicity, "toxicity");
        if (!yesBook.token().equals(market.yesToken())) {
            throw new IllegalArgumentException("yesBook is for token " + yesBook.token() + ", not the market's YES "
                    + market.yesToken());
        }
        if (!othersYesBook.token().equals(market.yesToken())) {
            throw new IllegalArgumentException("othersYesBook is for token " + othersYesBook.token()
                    + ", not the market's YES " + market.yesToken());
        }
        if (!noBook.token().equals(market.noToken())) {
            throw new IllegalArgumentException("noBook is for token " + noBook.token() + ", not the market's NO "
                    + market.noToken());
        }
        if (toxicity.signum() < 0 || toxicity.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("toxicity must be in [0, 1], was " + toxicity.toPlainString());
        }
    }

    /** With nothing of ours resting: fair value reads the venue's YES book itself. */
    public QuoteContext(Market market, Book yesBook, Book noBook, MidQuote mid, Inventory inventory,
            QuotePermissions permissions, BigDecimal toxicity) {
        this(market, yesBook, noBook, yesBook, mid, inventory, permissions, toxicity);
    }
}
