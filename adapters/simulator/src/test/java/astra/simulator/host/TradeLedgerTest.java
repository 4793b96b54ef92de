package astra.simulator.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import astra.simulator.event.TradeEvent;
import astra.simulator.event.TradeStatus;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.Side;
import astra.simulator.matching.Trade;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeLedgerTest {
    private final TradeLedger ledger = new TradeLedger(owner -> owner.startsWith("crowd-"));

    private static Trade trade(String id, String taker, String... makers) {
        List<MakerLeg> legs = new ArrayList<>();
        for (int i = 0; i < makers.length; i++) {
            legs.add(new MakerLeg("maker-order-" + id + "-" + i, makers[i], "yes", Side.SELL, 500_000, 1_000_000,
                    false, 500_000, 0));
        }
        return new Trade(id, "0xm", "taker-order-" + id, taker, "yes", Side.BUY, makers.length * 1_000_000L,
                makers.length * 500_000L, 0, legs, 0);
    }

    @Test
    void tradeAmongTheCrowdAlone_isNotKept() {
        ledger.onEvent(new TradeEvent(0, TradeStatus.MATCHED, trade("t1", "crowd-a", "crowd-b", "crowd-c")));

        assertThat(ledger.tradesOf("crowd-a")).isEmpty();
        assertThat(ledger.tradeIdsOfOrder("taker-order-t1")).isEmpty();
    }

    @Test
    void tradeWithAnyoneOutsideTheCrowd_isKept_underEveryParty_withItsLatestStatus() {
        Trade asMaker = trade("t1", "crowd-a", "crowd-b", "trader");
        Trade asTaker = trade("t2", "trader", "crowd-b");
        ledger.onEvent(new TradeEvent(0, TradeStatus.MATCHED, asMaker));
        ledger.onEvent(new TradeEvent(1, TradeStatus.MATCHED, asTaker));
        ledger.onEvent(new TradeEvent(2, TradeStatus.MINED, asMaker));

        assertThat(ledger.tradesOf("trader")).extracting(e -> e.trade().tradeId(), TradeLedger.Entry::status)
                .containsExactly(tuple("t1", TradeStatus.MINED),
                        tuple("t2", TradeStatus.MATCHED));
        assertThat(ledger.tradesOf("crowd-b")).extracting(e -> e.trade().tradeId()).containsExactly("t1", "t2");
        assertThat(ledger.tradeIdsOfOrder("taker-order-t1")).containsExactly("t1");
    }
}
