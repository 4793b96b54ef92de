package astra.simulator.fault;

import astra.simulator.lifecycle.VirtualScheduler;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link FaultSchedule} on the venue's clock, so drills happen at the same venue time in
 * VIRTUAL time (as {@code advanceBy} passes them) and in REAL time (as the clock follows the wall).
 * Windowed drills (silence, delay) switch themselves off at their end; overlapping windows of the
 * same kind end with the earlier one's end, so a schedule should not overlap them.
 */
public final class FaultDrills {
    private final Faults faults;
    private final Runnable dropSocketsNow;
    private final AtomicInteger applied = new AtomicInteger();

    /** @param dropSocketsNow closes every socket; called on the venue thread, so it must not wait for it */
    public FaultDrills(Faults faults, Runnable dropSocketsNow) {
        this.faults = faults;
        this.dropSocketsNow = dropSocketsNow;
    }

    /** Schedules every drill at {@code startMillis} + its offset. */
    public void schedule(FaultSchedule schedule, VirtualScheduler clock, long startMillis) {
        for (ScheduledFault f : schedule.faults()) {
            clock.schedule(startMillis + f.atMillis(), () -> apply(f.action(), clock));
        }
    }

    /** How many drills have run so far. */
    public int applied() {
        return applied.get();
    }

    private void apply(FaultAction action, VirtualScheduler clock) {
        applied.incrementAndGet();
        if (action instanceof FaultAction.DropSockets) {
            dropSocketsNow.run();
        } else if (action instanceof FaultAction.SilenceMarket s) {
            faults.silenceMarketChannel(true);
            clock.scheduleIn(s.forMillis(), () -> faults.silenceMarketChannel(false));
        } else if (action instanceof FaultAction.DelayResponses d) {
            faults.delayResponses(d.delayMillis());
            clock.scheduleIn(d.forMillis(), () -> faults.delayResponses(0));
        } else if (action instanceof FaultAction.LoseOrderResponses l) {
            faults.loseNextOrderResponses(l.count(), l.how());
        } else if (action instanceof FaultAction.FailRequests r) {
            faults.failNextRequests(r.count(), r.status());
        }
    }
}
