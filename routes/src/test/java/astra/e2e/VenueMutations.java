package astra.e2e;

import astra.backtest.BacktestWorld;
import astra.runtime.PaperSession;
import astra.simulator.event.OrderEvent;
import astra.simulator.event.OrderEventType;
import java.util.ArrayList;
import java.util.List;

/**
 * The venue's own record of our order mutations: every order of ours it placed and every order it
 * cancelled at our request ("canceled by owner"), with the venue's time, heard on the venue's
 * thread. Orders the venue refused never show here, so this is a lower bound of what was sent.
 */
final class VenueMutations {
    /** The simulator's reason for a cancel its owner asked for. */
    static final String BY_OWNER = "canceled by owner";

    private final List<Long> times = new ArrayList<>();

    static VenueMutations listen(BacktestWorld world) {
        VenueMutations m = new VenueMutations();
        String owner = PaperSession.SIMULATOR_CREDENTIALS.key();
        world.simulator().onVenue(v -> {
            v.exchange().subscribe(e -> {
                if (e instanceof OrderEvent o && o.owner().equals(owner) && (o.type() == OrderEventType.PLACEMENT
                        || o.type() == OrderEventType.CANCELLATION && BY_OWNER.equals(o.reason()))) {
                    m.add(o.timestampMillis());
                }
            });
            return null;
        });
        return m;
    }

    private synchronized void add(long at) {
        times.add(at);
    }

    /** Every mutation the venue has seen so far, by time. */
    synchronized List<Long> all() {
        return times.stream().sorted().toList();
    }

    /** The most mutations in any window [t, t + windowMillis) that starts at one of them. */
    static int busiestWindow(List<Long> sorted, long windowMillis) {
        int most = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            while (end < sorted.size() && sorted.get(end) < sorted.get(start) + windowMillis) {
                end++;
            }
            most = Math.max(most, end - start);
        }
        return most;
    }
}
