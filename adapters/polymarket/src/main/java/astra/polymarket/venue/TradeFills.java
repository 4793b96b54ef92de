package astra.polymarket.venue;

import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Usd;
import astra.execution.Fee;
import astra.execution.Fees;
import astra.execution.Units;
import astra.polymarket.clob.ClobTrade;
import astra.polymarket.signing.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a trade row of GET /data/trades into OUR fills: the taker fill when the row says we were
 * the taker, and a maker fill for each maker leg of ours.
 *
 * <p>Whose leg: a leg naming our API key ({@code owner}) or our funder ({@code maker_address}) is
 * ours. A leg naming neither is ours only when the row says we were the maker: the venue lists a
 * maker only its own legs then, while a taker sees everyone's.
 *
 * <p>A maker fill carries the leg's own token, side and price — in a mint or merge the other
 * outcome at the complementary price — and pays no fee (V2 makers pay none; a schedule that is not
 * taker-only is honoured by {@link Fees}). A taker fill carries the row's token, side, size and
 * price; its fee is the market's curve summed over the legs, each at the price that leg gave the
 * taker (1 − leg price for a leg on the other outcome) and floored per leg as the venue charges it
 * per match. A fee in tokens (a V1 schedule's buy) is valued at the taker's price, rounded up.
 */
final class TradeFills {
    private final String apiKey;
    private final String funder;

    TradeFills(String apiKey, Address funder) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.funder = funder.value().toLowerCase(Locale.ROOT);
    }

    List<Fill> ours(ClobTrade trade, Market market) {
        List<Fill> fills = new ArrayList<>(1);
        if (trade.traderSide() == Liquidity.TAKER) {
            fills.add(new Fill(FillKey.taker(trade.id()), trade.takerOrderId(), trade.market(), trade.assetId(),
                    trade.side(), trade.price(), trade.size(), Liquidity.TAKER, takerFee(trade, market),
                    trade.status(), trade.matchTime()));
        }
        for (ClobTrade.MakerLeg leg : trade.makerOrders()) {
            if (isOurs(leg, trade.traderSide()) && !leg.matchedAmount().isZero()) {
                Fee fee = Fees.fee(market.feeSchedule(), leg.sideAgainst(trade.assetId(), trade.side()), leg.price(),
                        leg.matchedAmount(), Liquidity.MAKER);
                fills.add(new Fill(FillKey.maker(trade.id(), leg.orderId()), leg.orderId(), trade.market(),
                        leg.assetId(), leg.sideAgainst(trade.assetId(), trade.side()), leg.price(),
                        leg.matchedAmount(), Liquidity.MAKER, inUsd(fee, leg.price()), trade.status(),
                        trade.matchTime()));
            }
        }
        return fills;
    }

    private boolean isOurs(ClobTrade.MakerLeg leg, Liquidity traderSide) {
        if (leg.owner().isEmpty() && leg.makerAddress().isEmpty()) {
            return traderSide == Liquidity.MAKER;
        }
        return leg.owner().filter(apiKey::equals).isPresent()
                || leg.makerAddress().map(a -> a.trim().toLowerCase(Locale.ROOT)).filter(funder::equals).isPresent();
    }

    private static Usd takerFee(ClobTrade trade, Market market) {
        if (trade.makerOrders().isEmpty()) {
            return inUsd(Fees.fee(market.feeSchedule(), trade.side(), trade.price(), trade.size(), Liquidity.TAKER),
                    trade.price());
        }
        Usd total = Usd.ZERO;
        for (ClobTrade.MakerLeg leg : trade.makerOrders()) {
            Price takerPrice = leg.assetId().equals(trade.assetId()) ? leg.price() : leg.price().complement();
            Shares size = leg.matchedAmount();
            if (!size.isZero()) {
                total = total.plus(inUsd(Fees.fee(market.feeSchedule(), trade.side(), takerPrice, size,
                        Liquidity.TAKER), takerPrice));
            }
        }
        return total;
    }

    private static Usd inUsd(Fee fee, Price price) {
        return fee.collateral().plus(Units.toUsd(fee.tokens(), price, java.math.RoundingMode.UP));
    }

}
