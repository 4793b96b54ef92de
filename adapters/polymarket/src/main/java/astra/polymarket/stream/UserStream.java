package astra.polymarket.stream;

import astra.polymarket.auth.ApiCredentials;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The user channel ({@code /ws/user}): the account's order and trade events, on one
 * {@link ReconnectingSocket}. On every (re)open it authenticates and subscribes with
 * {@code {"auth": {"apiKey", "secret", "passphrase"}, "markets": [conditionIds], "type": "user"}};
 * markets added or removed while connected are sent as
 * {@code {"markets": [...], "operation": "subscribe"|"unsubscribe"}} (the venue's WSS overview:
 * "Once connected, the client can subscribe and unsubscribe ... markets ... operation").
 * Frames are handed on raw.
 *
 * <p>The subscription carries the API secret and passphrase. Neither this class nor the socket
 * logs a payload, and {@link #toString()} names no credential.
 */
public final class UserStream implements AutoCloseable, SocketHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiCredentials credentials;
    private final Consumer<String> frames;
    private final Set<String> markets = new LinkedHashSet<>();
    private final StreamCounters counters = new StreamCounters();
    private final ReconnectingSocket socket;

    public UserStream(StreamSettings settings, ApiCredentials credentials, Collection<String> conditionIds,
            Consumer<String> frames) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.frames = Objects.requireNonNull(frames, "frames");
        this.markets.addAll(conditionIds);
        this.socket = new ReconnectingSocket("user", settings, this, counters);
    }

    public void start() {
        socket.start();
    }

    public StreamCounters counters() {
        return counters;
    }

    public boolean isOpen() {
        return socket.isOpen();
    }

    /** The subscribed condition ids, in the order they were added. */
    public synchronized Set<String> markets() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(markets));
    }

    /** Adds markets; sent now when connected, and in every later (re)subscription. */
    public void subscribe(Collection<String> conditionIds) {
        change("subscribe", conditionIds, markets::add);
    }

    public void unsubscribe(Collection<String> conditionIds) {
        change("unsubscribe", conditionIds, markets::remove);
    }

    /** Applies {@code edit} to each id; those it changed are sent as one operation when connected. */
    private void change(String op, Collection<String> conditionIds, Predicate<String> edit) {
        List<String> changed = new ArrayList<>();
        synchronized (this) {
            for (String id : conditionIds) {
                if (edit.test(id)) {
                    changed.add(id);
                }
            }
        }
        if (!changed.isEmpty() && socket.isOpen()) {
            socket.send(operation(op, changed));
        }
    }

    /** Drops the connection as the network would; it reconnects and authenticates again. */
    public void abortConnection() {
        socket.abortConnection();
    }

    @Override
    public void close() {
        socket.close();
    }

    @Override
    public void onOpen(ReconnectingSocket s) {
        s.send(subscription(credentials, markets()));
    }

    @Override
    public void onFrame(String text) {
        frames.accept(text);
    }

    /** The authenticating subscription. Holds secrets: send it, never log it. */
    public static String subscription(ApiCredentials credentials, Collection<String> conditionIds) {
        ObjectNode msg = JSON.createObjectNode();
        ObjectNode auth = msg.putObject("auth");
        auth.put("apiKey", credentials.key());
        auth.put("secret", credentials.secret());
        auth.put("passphrase", credentials.passphrase());
        ArrayNode ids = msg.putArray("markets");
        conditionIds.forEach(ids::add);
        msg.put("type", "user");
        return msg.toString();
    }

    static String operation(String op, Collection<String> conditionIds) {
        return SubscriptionMessages.operation("markets", op, conditionIds);
    }

    @Override
    public String toString() {
        return "UserStream[markets=" + markets().size() + ", credentials=***]";
    }
}
