package astra.strategy;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.NegRiskMarketId;
import astra.domain.Price;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.execution.MidQuote;
import astra.execution.MidSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hand-built markets, books and clocks for the strategy tests. */
public final class StrategyFixtures {

    public static final Instant NOW = Instant.parse("2026-07-01T12:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final ConditionId CONDITION = new ConditionId("0xc0de");
    public static final TokenId YES = new TokenId("111");
    public static final TokenId NO = new TokenId("222");

    private StrategyFixtures() {}

    /** A plain binary market on tick 0.01, minimum 5 shares, no fees, closing after {@code toClose}. */
    public static Market market(Duration toClose) {
        return market(toClose, TickSize.HUNDREDTH, FeeSchedule.none());
    }

    public static Market market(Duration toClose, TickSize tick, FeeSchedule fees) {
        return new Market(CONDITION, YES, NO, false, Optional.empty(), tick, Shares.whole(5), fees,
                ProtocolVersion.V2, MarketClocks.closingAt(NOW.plus(toClose)));
    }

    public static Market negRiskMarket(Duration toClose) {
        return new Market(CONDITION, YES, NO, true, Optional.of(new NegRiskMarketId("0xevent")), TickSize.HUNDREDTH,
                Shares.whole(5), FeeSchedule.none(), ProtocolVersion.V2, MarketClocks.closingAt(NOW.plus(toClose)));
    }

    /** The V2 taker curve with rate 0.03 and exponent 1: fee = C·0.03·p(1 − p). */
    public static FeeSchedule takerCurve() {
        return new FeeSchedule.Curve(new BigDecimal("0.03"), 1, BigDecimal.ZERO, true);
    }

    /**
     * A book from "price@size" levels, best first on each side, as of {@link #NOW}: e.g.
     * {@code book(YES, List.of("0.45@100"), List.of("0.55@100"))}.
     */
    public static Book book(TokenId token, List<String> bids, List<String> asks) {
        return book(token, bids, asks, NOW);
    }

    public static Book book(TokenId token, List<String> bids, List<String> asks, Instant asOf) {
        return new Book(token, levels(bids), levels(asks), TickSize.HUNDREDTH, 0, asOf);
    }

    private static List<BookLevel> levels(List<String> specs) {
        List<BookLevel> out = new ArrayList<>();
        for (String s : specs) {
            String[] parts = s.split("@");
            out.add(new BookLevel(Price.parse(parts[0]), Shares.parse(parts[1])));
        }
        return out;
    }

    public static MidQuote twoSidedMid(String mid) {
        return new MidQuote(Optional.of(Price.parse(mid)), MidSource.TWO_SIDED, Optional.empty(), "test mid " + mid);
    }
}
