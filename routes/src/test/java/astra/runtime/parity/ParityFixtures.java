package astra.runtime.parity;

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
import astra.rules.Decision;
import astra.rules.DecisionKind;
import astra.rules.MarketDecision;
import astra.rules.MarketState;
import astra.rules.TradingAction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Markets, books and rule decisions for the parity desk's tests. */
final class ParityFixtures {
    static final Instant NOW = Instant.parse("2026-07-01T12:00:00Z");

    private ParityFixtures() {}

    static Market standalone(String id) {
        return new Market(new ConditionId(id), new TokenId(id + "1"), new TokenId(id + "2"), false, Optional.empty(),
                TickSize.HUNDREDTH, Shares.whole(5), FeeSchedule.none(), ProtocolVersion.V2,
                MarketClocks.closingAt(NOW.plus(Duration.ofDays(7))));
    }

    static Market negRisk(String id, String event) {
        return new Market(new ConditionId(id), new TokenId(id + "1"), new TokenId(id + "2"), true,
                Optional.of(new NegRiskMarketId(event)), TickSize.HUNDREDTH, Shares.whole(5), FeeSchedule.none(),
                ProtocolVersion.V2, MarketClocks.closingAt(NOW.plus(Duration.ofDays(7))));
    }

    /** "price@size" levels, best first; stamped at {@link #NOW} as the feed's copies are. */
    static Book book(TokenId token, List<String> bids, List<String> asks) {
        return new Book(token, levels(bids), levels(asks), TickSize.HUNDREDTH, 0, NOW);
    }

    private static List<BookLevel> levels(List<String> specs) {
        List<BookLevel> out = new ArrayList<>();
        for (String s : specs) {
            String[] parts = s.split("@");
            out.add(new BookLevel(Price.parse(parts[0]), Shares.whole(Long.parseLong(parts[1]))));
        }
        return out;
    }

    static Decision parity(ConditionId m, DecisionKind kind, String reason, String rule) {
        return Decision.forMarket(m, kind, reason, rule, "v1", "test");
    }

    /** A NORMAL market (QUOTE and PARITY allowed) with these parity decisions, combined as the engine does. */
    static MarketDecision normal(ConditionId m, Decision... parity) {
        return decision(m, MarketState.NORMAL, Set.of(TradingAction.QUOTE, TradingAction.PARITY), parity);
    }

    static MarketDecision decision(ConditionId m, MarketState state, Set<TradingAction> actions, Decision... parity) {
        boolean allowed = List.of(parity).stream().anyMatch(d -> d.kind() == DecisionKind.ALLOW_PARITY);
        boolean denied = List.of(parity).stream().anyMatch(d -> d.kind() == DecisionKind.DENY_PARITY);
        return new MarketDecision(m, state, actions, List.of(), false, BigDecimal.ONE, false,
                allowed && !denied && actions.contains(TradingAction.PARITY), false, List.of(parity));
    }
}
