package astra.strategy.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The quoter's answer for one market: at most one bid and one ask, why any side is missing, and
 * the model's trace (absent when the model did not run, e.g. under a veto).
 */
public record QuotePlan(Optional<TargetQuote> bid, Optional<TargetQuote> ask, List<String> reasons,
        Optional<QuoteTrace> trace) {

    public QuotePlan {
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(ask, "ask");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(trace, "trace");
        bid.ifPresent(b -> require(b.role() == QuoteRole.BID, "bid slot holds an ask"));
        ask.ifPresent(a -> require(a.role() == QuoteRole.ASK, "ask slot holds a bid"));
        if (bid.isPresent() && ask.isPresent() && bid.get().yesPrice().compareTo(ask.get().yesPrice()) >= 0) {
            throw new IllegalStateException("crossed pair: bid " + bid.get().yesPrice() + " >= ask "
                    + ask.get().yesPrice());
        }
    }

    static QuotePlan none(String reason) {
        return new QuotePlan(Optional.empty(), Optional.empty(), List.of(reason), Optional.empty());
    }

    public List<TargetQuote> quotes() {
        List<TargetQuote> out = new ArrayList<>(2);
        bid.ifPresent(out::add);
        ask.ifPresent(out::add);
        return out;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
