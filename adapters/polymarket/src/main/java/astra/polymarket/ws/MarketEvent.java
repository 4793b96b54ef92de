package astra.polymarket.ws;

import astra.domain.ConditionId;
import java.time.Instant;

/** An event of the market channel. Every one names its market and carries the venue's timestamp. */
public sealed interface MarketEvent extends WsMessage
        permits BookSnapshot, PriceChange, LastTradePrice, TickSizeChange, BestBidAsk, NewMarket, MarketResolved {

    ConditionId market();

    Instant timestamp();
}
