package astra.simulator.lifecycle;

import java.util.PriorityQueue;

/**
 * The venue's clock and timer queue in virtual milliseconds. Time moves only through
 * {@link #advanceTo(long)}, which runs every task due by then in (due time, scheduling order);
 * a task may schedule more tasks, which run in the same advance when due.
 */
public final class VirtualScheduler {
    private record Task(long dueMillis, long order, Runnable action) {}

    private final PriorityQueue<Task> queue = new PriorityQueue<>(
            (a, b) -> a.dueMillis() != b.dueMillis() ? Long.compare(a.dueMillis(), b.dueMillis())
                    : Long.compare(a.order(), b.order()));
    private long nowMillis;
    private long scheduled;

    public VirtualScheduler(long startMillis) {
        this.nowMillis = startMillis;
    }

    public long nowMillis() {
        return nowMillis;
    }

    /** Runs {@code action} at {@code dueMillis} (now, if that is in the past). */
    public void schedule(long dueMillis, Runnable action) {
        queue.add(new Task(Math.max(dueMillis, nowMillis), scheduled++, action));
    }

    public void scheduleIn(long delayMillis, Runnable action) {
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delay must not be negative: " + delayMillis);
        }
        schedule(nowMillis + delayMillis, action);
    }

    /** Moves time forward to {@code targetMillis}, running every task due on the way. */
    public void advanceTo(long targetMillis) {
        if (targetMillis < nowMillis) {
            throw new IllegalArgumentException("time cannot go back from " + nowMillis + " to " + targetMillis);
        }
        while (!queue.isEmpty() && queue.peek().dueMillis() <= targetMillis) {
            Task t = queue.poll();
            nowMillis = t.dueMillis();
            t.action().run();
        }
        nowMillis = targetMillis;
    }

    public int pending() {
        return queue.size();
    }
}
