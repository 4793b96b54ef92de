package astra.domain;

import java.util.Objects;

/**
 * Our holding of one outcome token: the tokens held, what they cost (fees included), and the P&L
 * realized by selling. Tokens are never held short: a sell beyond the holding is refused upstream.
 */
public record Position(ConditionId market, TokenId token, Shares size, Usd cost, Usd realizedPnl) {

    public Position {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(realizedPnl, "realizedPnl");
    }

    public static Position flat(ConditionId market, TokenId token) {
        return new Position(market, token, Shares.ZERO, Usd.ZERO, Usd.ZERO);
    }
}
