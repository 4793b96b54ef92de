package astra.domain;

import java.util.Objects;

/**
 * Balance set aside for an open order, so that caps and the wallet see it before it fills: a buy
 * reserves pUSD against its market, a sell reserves the tokens it would deliver.
 */
public sealed interface Reservation {
    ClientOrderId order();

    ConditionId market();

    /** pUSD reserved by a buy order in a market. */
    record Collateral(ClientOrderId order, ConditionId market, Usd amount) implements Reservation {
        public Collateral {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(market, "market");
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("a reservation is not negative");
            }
        }
    }

    /** Tokens reserved by a sell order. */
    record Tokens(ClientOrderId order, ConditionId market, TokenId token, Shares amount) implements Reservation {
        public Tokens {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(market, "market");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
