package astra.polymarket.ws;

import astra.domain.ConditionId;
import java.time.Instant;

/** An event of the user channel: an order's lifecycle or a trade one of our orders took part in. */
public sealed interface UserEvent extends WsMessage permits OrderMessage, TradeMessage {

    ConditionId market();

    Instant timestamp();
}
