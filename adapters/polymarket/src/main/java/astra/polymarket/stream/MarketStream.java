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
 * subscribes its assets on every (re)open, so a reconnect brings fresh book snapshots; assets added
 * or removed later are (un)subscribed on the shard that holds them.
 *
 * <p>Frames are handed on raw, with the shard's name, to be decoded downstream.
 */
public final class MarketStream implements AutoCloseable {
    public static final int DEFAULT_MAX_ASSETS_PER_CONNECTION = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StreamSettings settings;
    private final int maxAssetsPerConnection;
    private final BiConsumer<String, String> frames;
    private final StreamCounters counters = new StreamCounters();
    private final List<Shard> shards = new ArrayList<>();
    private boolean closed;

    public MarketStream(StreamSettings settings, int maxAssetsPerConnection, BiConsumer<String, String> frames) {
        if (maxAssetsPerConnection < 1) {
            throw new IllegalArgumentException("maxAssetsPerConnection must be positive");
        }
        this.settings = Objects.requireNonNull(settings, "settings");
        this.maxAssetsPerConnection = maxAssetsPerConnection;
        this.frames = Objects.requireNonNull(frames, "frames");
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

    static String initialSubscription(Collection<String> assetIds) {
        ObjectNode msg = JSON.createObjectNode();
        ArrayNode ids = msg.putArray("assets_ids");
        assetIds.forEach(ids::add);
        msg.put("type", "market");
        msg.put("custom_feature_enabled", true);
        return msg.toString();
    }

    static String operation(String op, Collection<String> assetIds) {
        ObjectNode msg = JSON.createObjectNode();
        ArrayNode ids = msg.putArray("assets_ids");
        assetIds.forEach(ids::add);
        msg.put("operation", op);
        return msg.toString();
    }

    private final class Shard implements SocketHandler {
        private final Set<String> assets = new LinkedHashSet<>();
        private final ReconnectingSocket socket;

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
            if (!now.isEmpty()) {
                s.send(initialSubscription(now));
            }
        }

        @Override
        public void onFrame(String text) {
            frames.accept(socket.name(), text);
        }
    }
}
