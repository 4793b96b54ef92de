package astra.simulator.matching;

/**
 * One maker's part of a trade, as the venue's {@code maker_orders[]} shows it: the maker's own
 * order, token, side and limit price. In a mint or merge ({@code complementary}) the token is the
 * opposite outcome of the taker's and the side is the taker's own side.
 *
 * @param takerPriceMicros the price this leg gives the taker on the taker's token (1 − price when
 *                         complementary)
 * @param takerFeeMicros   the taker's fee for this leg (makers pay none)
 */
public record MakerLeg(String makerOrderId, String makerOwner, String tokenId, Side side, long priceMicros,
                       long sizeMicros, boolean complementary, long takerPriceMicros, long takerFeeMicros) {}
