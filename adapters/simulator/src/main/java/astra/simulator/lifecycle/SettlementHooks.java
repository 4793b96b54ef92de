package astra.simulator.lifecycle;

import astra.simulator.matching.Trade;

/** What the venue does to balances and orders when a trade's settlement moves on. */
public interface SettlementHooks {
    /** The trade is on chain: what it credited becomes spendable. */
    void mined(Trade trade);

    /** The trade failed: undo it. */
    void failed(Trade trade);
}
