package astra.runtime;

import astra.domain.Price;
import astra.domain.TokenId;
import astra.report.MarkSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The session's mids over time, for the truth report: the mid at each fill, the mids after it at
 * each markout horizon, and the marks of open positions. Written by the decision thread at most
 * once per {@link #SPACING}, read after the session; synchronized because the two differ.
 */
public final class MarkTape {
    /** One point a second is enough for 30 s, 2 m and 10 m markouts, and bounds memory. */
    public static final Duration SPACING = Duration.ofSeconds(1);
    private final List<MarkSnapshot> points = new ArrayList<>();
    private Consumer<MarkSnapshot> onRecord = point -> { };

    /**
     * Who hears of each point as it is recorded (e.g. a writer persisting the tape). It is called on
     * the recording thread, so it must only hand the point over, never do I/O there.
     */
    public synchronized void onRecord(Consumer<MarkSnapshot> listener) {
        this.onRecord = java.util.Objects.requireNonNull(listener, "listener");
    }

    public synchronized void record(Instant at, Map<TokenId, Price> mids) {
        if (mids.isEmpty()) {
            return;
        }
        if (!points.isEmpty() && at.isBefore(points.get(points.size() - 1).time().plus(SPACING))) {
            return;
        }
        MarkSnapshot point = new MarkSnapshot(at, mids);
        points.add(point);
        onRecord.accept(point);
    }

    public synchronized List<MarkSnapshot> points() {
        return List.copyOf(points);
    }

    /** The latest mid of the token at or before {@code t}. */
    public synchronized Optional<Price> at(TokenId token, Instant t) {
        Price found = null;
        for (MarkSnapshot s : points) {
            if (s.time().isAfter(t)) {
                break;
            }
            Price p = s.mids().get(token);
            if (p != null) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first mid of the token at or after {@code t}, if the tape reaches that far. */
    public synchronized Optional<Price> after(TokenId token, Instant t) {
        for (MarkSnapshot s : points) {
            if (!s.time().isBefore(t) && s.mids().containsKey(token)) {
                return Optional.of(s.mids().get(token));
            }
        }
        return Optional.empty();
    }

    /** The last mid of every token. */
    public synchronized Map<TokenId, Price> last() {
        Map<TokenId, Price> last = new java.util.HashMap<>();
        points.forEach(s -> last.putAll(s.mids()));
        return last;
    }
}
