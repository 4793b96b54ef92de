package astra.simulator.ws;

import astra.simulator.auth.ApiKey;
import astra.simulator.auth.ApiKeyRegistry;
import astra.simulator.event.OrderEvent;
import astra.simulator.event.TradeEvent;
import astra.simulator.event.VenueEvent;
import astra.simulator.event.VenueListener;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.Trade;
import astra.simulator.venue.Exchange;
import astra.simulator.venue.OrderView;
import astra.simulator.wire.Names;
import astra.simulator.wire.OrderJson;
import astra.simulator.wire.TradeJson;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code /ws/user}: a socket subscribes with {@code {"auth": {apiKey, secret, passphrase},
 * "markets": [conditionIds], "type": "user"}} (no markets: all) and then gets the {@code order}
 * and {@code trade} messages of that account only. Once authenticated, it may send
 * {@code {"markets": [...], "operation": "subscribe"|"unsubscribe"}} without auth, as the venue
 * documents for a connected client. Bad credentials, an operation before authentication, or a
 * message that is neither close the socket. Venue thread only.
 */
public final class UserChannel extends Channel<Optional<UserSubscription>> implements VenueListener {
    private final Exchange exchange;
    private final ApiKeyRegistry keys;
    private final Names names;
    private final Function<String, List<String>> tradesOfOrder;

    public UserChannel(Exchange exchange, ApiKeyRegistry keys, Names names, Function<String, List<String>> tradesOfOrder) {
        this.exchange = exchange;
        this.keys = keys;
        this.names = names;
        this.tradesOfOrder = tradesOfOrder;
    }

    @Override
    protected Optional<UserSubscription> initialState() {
        return Optional.empty();
    }

    /** A subscribe with bad credentials, or an operation before any, closes the socket, as the venue does. */
    @Override
    protected void onRequest(FrameSink socket, String text) {
        JsonObject request = parse(text);
        Optional<UserSubscription> current = sockets.get(socket);
        if (current.isPresent() && request != null && request.containsKey("operation") && !request.containsKey("auth")) {
            sockets.put(socket, Optional.of(operate(current.get(), request)));
            return;
        }
        Optional<UserSubscription> sub = authenticate(request);
        if (sub.isEmpty()) {
            socket.close();
            sockets.remove(socket);
            return;
        }
        sockets.put(socket, sub);
    }

    @Override
    public void onEvent(VenueEvent event) {
        if (event instanceof OrderEvent o) {
            if (!wanted(o.owner(), o.conditionId())) {
                return;
            }
            long created = exchange.order(o.orderId()).map(OrderView::createdMillis).orElse(o.timestampMillis());
            String text = OrderJson.message(o, created, tradesOfOrder.apply(o.orderId()), names).encode();
            deliver(o.owner(), o.conditionId(), text);
        } else if (event instanceof TradeEvent t) {
            Trade trade = t.trade();
            if (wanted(trade.takerOwner(), trade.conditionId())) {
                deliver(trade.takerOwner(), trade.conditionId(), TradeJson.message(trade, t.status(),
                        t.timestampMillis(), trade.takerOwner(), trade.makerLegs(), names).encode());
            }
            Set<String> makers = new LinkedHashSet<>();
            trade.makerLegs().forEach(l -> makers.add(l.makerOwner()));
            makers.remove(trade.takerOwner());
            for (String maker : makers) {
                if (!wanted(maker, trade.conditionId())) {
                    continue;
                }
                List<MakerLeg> own = trade.makerLegs().stream().filter(l -> l.makerOwner().equals(maker)).toList();
                deliver(maker, trade.conditionId(),
                        TradeJson.message(trade, t.status(), t.timestampMillis(), maker, own, names).encode());
            }
        }
    }

    /**
     * Whether any socket gets this account's messages on this market. Most events are the
     * background crowd's, which no socket can subscribe to (they have no API key): those are
     * not encoded at all.
     */
    private boolean wanted(String owner, String conditionId) {
        for (Optional<UserSubscription> sub : sockets.values()) {
            if (sub.isPresent() && sub.get().owner().equals(owner) && sub.get().wants(conditionId)) {
                return true;
            }
        }
        return false;
    }

    private void deliver(String owner, String conditionId, String text) {
        sockets.forEach((socket, sub) -> {
            if (sub.isPresent() && sub.get().owner().equals(owner) && sub.get().wants(conditionId)) {
                socket.send(text);
            }
        });
    }

    private static JsonObject parse(String text) {
        try {
            return new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            return null;
        }
    }

    /** Applies a later subscribe or unsubscribe; anything unreadable closes the socket (IllegalArgumentException). */
    private static UserSubscription operate(UserSubscription sub, JsonObject request) {
        Object operation = request.getValue("operation");
        if (!(request.getValue("markets") instanceof JsonArray listed)) {
            throw new IllegalArgumentException("an operation needs a markets array");
        }
        List<String> markets = listed.stream().map(String::valueOf).toList();
        if ("subscribe".equals(operation)) {
            return sub.subscribe(markets);
        }
        if ("unsubscribe".equals(operation)) {
            return sub.unsubscribe(markets);
        }
        throw new IllegalArgumentException("unknown operation " + operation);
    }

    private Optional<UserSubscription> authenticate(JsonObject request) {
        JsonObject auth = request == null || !(request.getValue("auth") instanceof JsonObject a) ? null : a;
        if (auth == null) {
            return Optional.empty();
        }
        Optional<ApiKey> key = keys.byKey(auth.getString("apiKey"))
                .filter(k -> k.secret().equals(auth.getString("secret")))
                .filter(k -> k.passphrase().equals(auth.getString("passphrase")));
        List<String> markets = request.getJsonArray("markets", new JsonArray()).stream().map(String::valueOf).toList();
        return key.map(k -> UserSubscription.of(k.key(), markets));
    }
}
