package astra.portfolio;

import astra.domain.Shares;
import astra.domain.TokenId;

/** A sell fill larger than the tokens held: tokens are never held short, so it cannot be applied. */
public class SellExceedsHoldingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SellExceedsHoldingException(TokenId token, Shares sold, Shares held) {
        super("sell of " + sold + " of token " + token + " exceeds the holding of " + held);
    }
}
