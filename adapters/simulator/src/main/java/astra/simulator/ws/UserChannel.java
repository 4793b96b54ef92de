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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code /ws/user}: a socket subscribes with {@code {"auth": {apiKey, secret, passphrase},
 * "markets": [conditionIds], "type": "user"}} (no markets: all) and then gets the {@code order}
 * and {@code trade} messages of that account only. Bad credentials close the socket. Venue
 * thread only.
 */
public final class UserChannel extends Channel<Optional<UserChannel.Subscription>> implements VenueListener {
    record Subscription(String owner, Set<String> markets) {
        boolean wants(String conditionId) {
            return markets.isEmpty() || markets.contains(conditionId);
        }
    }

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
    protected Optional<Subscription> initialState() {
        return Optional.empty();
    }

    /** A subscribe with bad credentials closes the socket, as the venue does. */
    @Override
    protected void onRequest(FrameSink socket, String text) {
        Optional<Subscription> sub = authenticate(text);
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
            long created = exchange.order(o.orderId()).map(OrderView::createdMillis).orElse(o.timestampMillis());
            String text = OrderJson.message(o, created, tradesOfOrder.apply(o.orderId()), names).encode();
            deliver(o.owner(), o.conditionId(), text);
        } else if (event instanceof TradeEvent t) {
            Trade trade = t.trade();
            deliver(trade.takerOwner(), trade.conditionId(), TradeJson.message(trade, t.status(), t.timestampMillis(),
                    trade.takerOwner(), trade.makerLegs(), names).encode());
            Set<String> makers = new LinkedHashSet<>();
            trade.makerLegs().forEach(l -> makers.add(l.makerOwner()));
            makers.remove(trade.takerOwner());
            for (String maker : makers) {
                List<MakerLeg> own = trade.makerLegs().stream().filter(l -> l.makerOwner().equals(maker)).toList();
                deliver(maker, trade.conditionId(),
                        TradeJson.message(trade, t.status(), t.timestampMillis(), maker, own, names).encode());
            }
        }
    }

    private void deliver(String owner, String conditionId, String text) {
        sockets.forEach((socket, sub) -> {
            if (sub.isPresent() && sub.get().owner().equals(owner) && sub.get().wants(conditionId)) {
                socket.send(text);
            }
        });
    }

    private Optional<Subscription> authenticate(String text) {
        JsonObject o;
        try {
            o = new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            return Optional.empty();
        }
        JsonObject auth = o.getJsonObject("auth");
        if (auth == null) {
            return Optional.empty();
        }
        Optional<ApiKey> key = keys.byKey(auth.getString("apiKey"))
                .filter(k -> k.secret().equals(auth.getString("secret")))
                .filter(k -> k.passphrase().equals(auth.getString("passphrase")));
        Set<String> markets = new HashSet<>();
        JsonArray listed = o.getJsonArray("markets", new JsonArray());
        listed.forEach(m -> markets.add(String.valueOf(m)));
        return key.map(k -> new Subscription(k.key(), Set.copyOf(markets)));
    }
}
