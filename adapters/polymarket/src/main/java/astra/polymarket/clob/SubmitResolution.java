package astra.polymarket.clob;

import astra.domain.OrderId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the venue says about an order whose submit ended ambiguously. There is deliberately no
 * "rejected": absence is {@link NotFoundYet}, which keeps the order pending and to be asked about
 * again (or cancelled by id), never dropped.
 */
public sealed interface SubmitResolution {
    OrderId orderId();

    /** The order rests on the book (possibly partly filled: see {@link OpenOrder#sizeMatched()}). */
    record Live(OrderId orderId, OpenOrder order) implements SubmitResolution {
        public Live {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(order, "order");
        }
    }

    /**
     * The order matched. {@code fills} are its legs found in the trades so far (they may trail the
     * order's own status by a moment, so they can be empty when {@code order} says MATCHED); a leg
     * whose trade later FAILS undoes that fill.
     */
    record Matched(OrderId orderId, List<ClobTrade.OrderLeg> fills, Optional<OpenOrder> order)
            implements SubmitResolution {
        public Matched {
            Objects.requireNonNull(orderId, "orderId");
            fills = List.copyOf(fills);
            Objects.requireNonNull(order, "order");
        }
    }

    /** The venue reports the order and a final status other than matched (e.g. CANCELED, INVALID). */
    record Ended(OrderId orderId, OpenOrder order) implements SubmitResolution {
        public Ended {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(order, "order");
        }
    }

    /**
     * No trace after every attempt. Not a rejection: the order may still appear (a delayed
     * match, a slow book) — ask again later, or cancel it by id to be sure.
     *
     * @param lastError the last lookup failure, when lookups themselves failed
     */
    record NotFoundYet(OrderId orderId, int attempts, Optional<String> lastError) implements SubmitResolution {
        public NotFoundYet {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(lastError, "lastError");
        }
    }
}
