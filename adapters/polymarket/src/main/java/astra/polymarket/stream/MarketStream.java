package astra.polymarket.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The market channel for any number of assets, sharded over connections of at most
 * {@code maxAssetsPerConnection} assets each (the venue allows 500; we keep to 200). Each shard
 * subscribes its assets on every (re)open with {@code initial_dump: true}, so a reconnect brings
 * fresh book snapshots; assets added or removed later are (un)subscribed on the shard that holds
 * them.
 *
 * <p>Frames are handed on raw, with the shard's name, to be decoded downstream. A {@link Listener}
 * hears when a connection drops and when it is open again, with that connection's assets: what
 * a consumer keeping books needs to invalidate them and to expect their snapshots
 * (see the package documentation).
 */
public final class MarketStream implements AutoCloseable {
    public static final int DEFAULT_MAX_ASSETS_PER_CONNECTION = 200;

    /**
     * Connection events, per connection, with the assets it holds at that moment. Called on the
     * socket's threads, or on the thread that called {@link #resnapshot} or {@link #abortAll}:
     * hand them over to the books' owner in the same queue as the frames. Once {@code onDrop}
     * has returned, no frame of the dropped connection is passed on, except one that was already
     * being handed over at that moment.
     */
    public interface Listener {
        /** Ignores connection events: for a consumer that keeps no state built from the frames. */
        Listener NONE = new Listener() {
            @Override
            public void onDrop(Set<String> assets) {}

            @Override
            public void onReopen(Set<String> assets) {}
        };

        /** The connection carrying {@code assets} is gone: their books miss every change from now on. */
        void onDrop(Set<String> assets);

        /**
         * A dropped connection is open again and has re-subscribed {@code assets}: a {@code book}
         * for each follows, after this call, on that connection.
         */
        void onReopen(Set<String> assets);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StreamSettings settings;
    private final int maxAssetsPerConnection;
    private final BiConsumer<String, String> frames;
    private final Listener listener;
    private final StreamCounters counters = new StreamCounters();
    private final List<Shard> shards = new ArrayList<>();
    private boolean closed;

    /** A stream whose consumer keeps no books: connection events are not reported. */
    public MarketStream(StreamSettings settings, int maxAssetsPerConnection, BiConsumer<String, String> frames) {
        this(settings, maxAssetsPerConnection, frames, Listener.NONE);
    }

    public MarketStream(StreamSettings settings, int maxAssetsPerConnection, BiConsumer<String, String> frames,
            Listener listener) {
        if (maxAssetsPerConnection < 1) {
            throw new IllegalArgumentException("maxAssetsPerConnection must be positive");
        }
        this.settings = Objects.requireNonNull(settings, "settings");
        this.maxAssetsPerConnection = maxAssetsPerConnection;
        this.frames = Objects.requireNonNull(frames, "frames");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public StreamCounters counters() {
        return counters;
    }

    /** Subscribes assets, filling existing shards first and opening new connections as needed. */
    public synchronized void subscribe(Collection<String> assetIds) {
        if (closed) {
            throw new IllegalStateException("market stream closed");
        }
        List<String> pending = new ArrayList<>();
        for (String id : assetIds) {
            if (shardOf(id) == null && !pending.contains(id)) {
                pending.add(id);
            }
        }
        for (Shard shard : shards) {
            pending = shard.take(pending);
        }
        while (!pending.isEmpty()) {
            Shard shard = new Shard("market-" + shards.size());
            shards.add(shard);
            pending = shard.take(pending);
            shard.socket.start();
        }
    }

    /** Unsubscribes assets on the shards that hold them. */
    public synchronized void unsubscribe(Collection<String> assetIds) {
        for (Shard shard : shards) {
            shard.drop(assetIds);
        }
    }

    public synchronized int connectionCount() {
        return shards.size();
    }

    /** Assets per connection, in shard order. */
    public synchronized List<Set<String>> assetsByConnection() {
        List<Set<String>> out = new ArrayList<>();
        for (Shard s : shards) {
            out.add(s.snapshotAssets());
        }
        return out;
    }

    /** Drops every connection as the network would; each reconnects and resubscribes. */
    public synchronized void abortAll() {
        shards.forEach(s -> s.socket.abortConnection());
    }

    /**
     * Forces a fresh {@code book} for each of {@code assetIds}, for books gone stale (a silent
     * channel) or awaiting a snapshot (e.g. after a tick change the venue sent no book for):
     * every connection holding one of them is reopened, which the venue answers with a snapshot of
     * each asset it carries. Reported to the {@link Listener} as a drop and a reopen, so the
     * other assets of those connections are re-snapshotted too. A connection already reconnecting
     * is left to do so. Assets not subscribed are ignored.
     *
     * <p>Why a reconnect rather than unsubscribe + subscribe on the open connection: the venue
     * documents the book snapshot for the subscription sent on connecting ({@code initial_dump},
     * default true), not for a later {@code operation}; users of the venue report that an
     * unsubscribe + resubscribe brought no new snapshot (nautilus_trader issue 4635) and revived a
     * silent subscription only some of the time (issue 4901). The simulator would answer either
     * way (it sends a book for every newly subscribed asset), so the choice is made for the venue.
     *
     * @return the assets whose books will be re-sent: all assets of the connections concerned
     */
    public synchronized Set<String> resnapshot(Collection<String> assetIds) {
        Set<String> resent = new LinkedHashSet<>();
        for (Shard shard : shards) {
            Set<String> held = shard.snapshotAssets();
            if (assetIds.stream().anyMatch(held::contains)) {
                resent.addAll(held);
                shard.socket.restart("resnapshot");
            }
        }
        return resent;
    }

    @Override
    public synchronized void close() {
        closed = true;
        shards.forEach(s -> s.socket.close());
    }

    private Shard shardOf(String assetId) {
        for (Shard s : shards) {
            if (s.holds(assetId)) {
                return s;
            }
        }
        return null;
    }

    /** The first message on a market connection: its assets, with their book snapshots asked for. */
    public static String initialSubscription(Collection<String> assetIds) {
        ObjectNode msg = JSON.createObjectNode();
        ArrayNode ids = msg.putArray("assets_ids");
        assetIds.forEach(ids::add);
        msg.put("type", "market");
        // The venue's default, sent anyway: without it, initial books were reported missing at
        // scale (nautilus_trader issue 3963).
        msg.put("initial_dump", true);
        msg.put("custom_feature_enabled", true);
        return msg.toString();
    }

    static String operation(String op, Collection<String> assetIds) {
        return SubscriptionMessages.operation("assets_ids", op, assetIds);
    }

    private final class Shard implements SocketHandler {
        private final Set<String> assets = new LinkedHashSet<>();
        private final ReconnectingSocket socket;
        private volatile boolean openedBefore;

        Shard(String name) {
            socket = new ReconnectingSocket(name, settings, this, counters);
        }

        synchronized boolean holds(String id) {
            return assets.contains(id);
        }

        synchronized Set<String> snapshotAssets() {
            return Set.copyOf(assets);
        }

        /** Takes as many as fit; returns the rest. */
        List<String> take(List<String> ids) {
            List<String> taken;
            synchronized (this) {
                int room = maxAssetsPerConnection - assets.size();
                if (room <= 0 || ids.isEmpty()) {
                    return ids;
                }
                taken = List.copyOf(ids.subList(0, Math.min(room, ids.size())));
                assets.addAll(taken);
            }
            if (socket.isOpen()) {
                socket.send(operation("subscribe", taken));
            }
            return ids.subList(taken.size(), ids.size());
        }

        void drop(Collection<String> ids) {
            List<String> dropped = new ArrayList<>();
            synchronized (this) {
                for (String id : ids) {
                    if (assets.remove(id)) {
                        dropped.add(id);
                    }
                }
            }
            if (!dropped.isEmpty() && socket.isOpen()) {
                socket.send(operation("unsubscribe", dropped));
            }
        }

        @Override
        public void onOpen(ReconnectingSocket s) {
            Set<String> now = snapshotAssets();
            // Frames of this connection are read only after onOpen returns: the listener hears
            // of the reopen before any snapshot it announces.
            if (openedBefore) {
                listener.onReopen(now);
            }
            openedBefore = true;
            if (!now.isEmpty()) {
                s.send(initialSubscription(now));
            }
        }

        @Override
        public void onFrame(String text) {
            frames.accept(socket.name(), text);
        }

        @Override
        public void onDrop(String reason) {
            listener.onDrop(snapshotAssets());
        }
    }
}
