package astra.simulator.lifecycle;

import astra.simulator.event.TradeEvent;
import astra.simulator.event.TradeStatus;
import astra.simulator.event.VenueListener;
import astra.simulator.matching.Trade;

/**
 * Drives each matched trade through settlement on the virtual clock and publishes every status
 * as a {@link TradeEvent}: MATCHED now, then MINED and CONFIRMED, or RETRYING and FAILED.
 */
public final class TradeLifecycle {
    private final VirtualScheduler scheduler;
    private final SettlementTimings timings;
    private final SettlementPolicy policy;
    private final SettlementHooks hooks;
    private final VenueListener listener;

    public TradeLifecycle(VirtualScheduler scheduler, SettlementTimings timings, SettlementPolicy policy,
                          SettlementHooks hooks, VenueListener listener) {
        this.scheduler = scheduler;
        this.timings = timings;
        this.policy = policy;
        this.hooks = hooks;
        this.listener = listener;
    }

    public void matched(Trade trade) {
        publish(TradeStatus.MATCHED, trade);
        if (policy.willFail(trade)) {
            scheduler.scheduleIn(timings.minedAfterMillis(), () -> {
                publish(TradeStatus.RETRYING, trade);
                scheduler.scheduleIn(timings.failedAfterMillis(), () -> {
                    publish(TradeStatus.FAILED, trade);
                    hooks.failed(trade);
                });
            });
        } else {
            scheduler.scheduleIn(timings.minedAfterMillis(), () -> {
                hooks.mined(trade);
                publish(TradeStatus.MINED, trade);
                scheduler.scheduleIn(timings.confirmedAfterMillis(),
                        () -> publish(TradeStatus.CONFIRMED, trade));
            });
        }
    }

    private void publish(TradeStatus status, Trade trade) {
        listener.onEvent(new TradeEvent(scheduler.nowMillis(), status, trade));
    }
}
