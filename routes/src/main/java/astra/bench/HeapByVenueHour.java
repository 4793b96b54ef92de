package astra.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap right after a collection, the lowest of each hour of venue time a backtest crosses:
 * about what a long session keeps (a young collection leaves the old generation's garbage in
 * place, so a single reading overstates it; the hour's lowest is nearer what is live). A
 * retained set that grows hour after hour is a leak the short benches cannot see (session 10
 * found one in the embedded simulator only by running a whole day).
 */
final class HeapByVenueHour {
    /** The lowest heap in use right after a collection during a venue hour, read at its end. */
    record Reading(Duration venue, long bytes) {}

    private final LongSupplier lowestAfterCollection;
    private final List<Reading> readings = new ArrayList<>();
    private Instant start;
    private Instant last;
    private long nextHour = 1;

    HeapByVenueHour(LongSupplier lowestAfterCollection) {
        this.lowestAfterCollection = lowestAfterCollection;
    }

    /**
     * Called at every step: reads the heap once per venue hour crossed, counted from the first
     * step (what was collected before it, during start-up, is not counted).
     */
    void at(Instant venueNow) {
        if (start == null) {
            start = venueNow;
            lowestAfterCollection.getAsLong();
        }
        last = venueNow;
        Duration since = Duration.between(start, venueNow);
        if (since.compareTo(Duration.ofHours(nextHour)) >= 0) {
            readings.add(new Reading(since, lowestAfterCollection.getAsLong()));
            nextHour = since.toHours() + 1;
        }
    }

    /** The run ended: reads the heap once more at its last step, unless that was just read. */
    void finish() {
        if (last == null) {
            return;
        }
        Duration since = Duration.between(start, last);
        boolean justRead = !readings.isEmpty() && readings.get(readings.size() - 1).venue().compareTo(since) >= 0;
        if (!since.isZero() && !justRead) {
            readings.add(new Reading(since, lowestAfterCollection.getAsLong()));
        }
    }

    List<Reading> readings() {
        return List.copyOf(readings);
    }

    /** "1.0 h 95 MB; 2.0 h 120 MB; …", or that the run was shorter than an hour. */
    String describe() {
        if (readings.isEmpty() || readings.get(readings.size() - 1).venue().compareTo(Duration.ofHours(1)) < 0) {
            return "lowest heap after a collection, by venue hour: none (the run covered less than an hour)";
        }
        StringBuilder b = new StringBuilder("lowest heap after a collection, by venue hour:");
        for (Reading r : readings) {
            b.append(String.format(Locale.ROOT, " %.1f h %d MB;", r.venue().toMillis() / 3_600_000.0,
                    r.bytes() / 1_000_000));
        }
        if (readings.size() >= 3) {
            Reading second = readings.get(1);
            Reading end = readings.get(readings.size() - 1);
            double hours = (end.venue().toMillis() - second.venue().toMillis()) / 3_600_000.0;
            b.append(String.format(Locale.ROOT, " growth after the first hour %+.1f MB per venue hour",
                    (end.bytes() - second.bytes()) / 1e6 / hours));
        }
        return b.toString();
    }

    /**
     * The lowest heap in use after any of the JVM's collections since the previous read, from the
     * collectors' notifications (the latest one's when none ran since); 0 before the first
     * collection. Close it to stop listening.
     */
    static final class LowestAfterCollection implements LongSupplier, AutoCloseable {
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener = this::onNotification;
        private final Set<String> heapPools = new HashSet<>();
        private long latest;
        private long lowestSinceRead = Long.MAX_VALUE;

        LowestAfterCollection() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    emitters.add(emitter);
                }
            }
        }

        private void onNotification(Notification n, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            collected(used);
        }

        synchronized void collected(long bytesAfter) {
            latest = bytesAfter;
            lowestSinceRead = Math.min(lowestSinceRead, bytesAfter);
        }

        @Override
        public synchronized long getAsLong() {
            long read = lowestSinceRead == Long.MAX_VALUE ? latest : lowestSinceRead;
            lowestSinceRead = Long.MAX_VALUE;
            return read;
        }

        @Override
        public void close() {
            for (NotificationEmitter e : emitters) {
                try {
                    e.removeNotificationListener(listener);
                } catch (ListenerNotFoundException ignored) {
                    // never added to this one: nothing to remove
                }
            }
        }
    }
}
