package astra.simulator.ws;

import astra.simulator.event.BookSnapshot;
import astra.simulator.event.LastTradePrice;
import astra.simulator.event.MarketResolved;
import astra.simulator.event.PriceLevelChange;
import astra.simulator.event.TickSizeChange;
import astra.simulator.event.VenueEvent;
import astra.simulator.event.VenueListener;
import astra.simulator.fault.Faults;
import astra.simulator.matching.MarketSpec;
import astra.simulator.matching.OrderRejectedException;
import astra.simulator.venue.Exchange;
import astra.simulator.wire.BookJson;
import astra.simulator.wire.MarketJson;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code /ws/market}: subscriptions per socket, a {@code book} snapshot for each newly subscribed
 * asset (one JSON array frame), then every market event of the subscribed assets, including a
 * fresh {@code book} per token after a tick change; the custom feature adds {@code best_bid_ask}
 * and {@code market_resolved}. Venue thread only.
 */
public final class MarketChannel extends Channel<MarketChannel.Subscription> implements VenueListener {
    static final class Subscription {
        final Set<String> assets = new HashSet<>();
        boolean custom;
    }

    private record Frame(String text, Set<String> assets, boolean customOnly) {}

    private record Top(long bidMicros, long askMicros) {}

    private final Exchange exchange;
    private final Faults faults;
    private final FrameRecorder recorder;
    private final Map<String, Top> lastTop = new HashMap<>();

    public MarketChannel(Exchange exchange, Faults faults, FrameRecorder recorder) {
        this.exchange = exchange;
        this.faults = faults;
        this.recorder = recorder;
    }

    @Override
    protected Subscription initialState() {
        return new Subscription();
    }

    @Override
    protected void onRequest(FrameSink socket, String text) {
        Subscription sub = sockets.get(socket);
        Subscribe request = Subscribe.parse(text);
        request.customFeatures().ifPresent(c -> sub.custom = c);
        if (request.unsubscribe()) {
            request.assetIds().forEach(sub.assets::remove);
            return;
        }
        JsonArray books = new JsonArray();
        for (String asset : request.assetIds()) {
            if (sub.assets.add(asset)) {
                snapshot(asset).ifPresent(books::add);
            }
        }
        if (!books.isEmpty() && !faults.marketChannelSilenced()) {
            socket.send(books.encode());
        }
    }

    @Override
    public void onEvent(VenueEvent event) {
        Frame frame = null;
        if (event instanceof BookSnapshot b) {
            // A republished book (after a tick change) starts the token afresh, its top included.
            lastTop.remove(b.tokenId());
            frame = bookFrame(b);
        } else if (event instanceof PriceLevelChange c) {
            publish(new Frame(MarketJson.priceChange(c), Set.of(c.tokenId()), false));
            frame = bestBidAsk(c);
        } else if (event instanceof LastTradePrice t) {
            frame = new Frame(MarketJson.lastTradePrice(t), Set.of(t.tokenId()), false);
        } else if (event instanceof TickSizeChange t) {
            frame = new Frame(MarketJson.tickSizeChange(t), Set.of(t.tokenId()), false);
        } else if (event instanceof MarketResolved r) {
            frame = new Frame(MarketJson.marketResolved(r), Set.of(r.yesToken(), r.noToken()), true);
        }
        if (frame != null) {
            publish(frame);
        }
    }

    /** Sends a recorded frame (one JSON object or array) to the sockets subscribed to its assets. */
    public void replay(String frameText) {
        Set<String> assets = ReplayedFrame.assetsOf(frameText);
        publish(new Frame(frameText, assets, false));
    }

    private Frame bestBidAsk(PriceLevelChange c) {
        Top top = new Top(c.bestBidMicros(), c.bestAskMicros());
        if (top.equals(lastTop.put(c.tokenId(), top))) {
            return null;
        }
        return new Frame(MarketJson.bestBidAsk(c.conditionId(), c.tokenId(), c.bestBidMicros(), c.bestAskMicros(),
                c.timestampMillis()), Set.of(c.tokenId()), true);
    }

    private void publish(Frame frame) {
        recorder.record(frame.text());
        if (faults.marketChannelSilenced()) {
            return;
        }
        for (Map.Entry<FrameSink, Subscription> e : sockets.entrySet()) {
            Subscription sub = e.getValue();
            boolean wanted = frame.assets().isEmpty() || subscribedToAny(sub, frame.assets());
            if (wanted && (sub.custom || !frame.customOnly())) {
                e.getKey().send(frame.text());
            }
        }
    }

    private static boolean subscribedToAny(Subscription sub, Set<String> assets) {
        for (String asset : assets) {
            if (sub.assets.contains(asset)) {
                return true;
            }
        }
        return false;
    }

    private Frame bookFrame(BookSnapshot b) {
        MarketSpec spec = exchange.spec(b.conditionId());
        return new Frame(BookJson.ws(b, spec.minOrderSizeMicros(), spec.negRisk()).encode(), Set.of(b.tokenId()), false);
    }

    private java.util.Optional<JsonObject> snapshot(String asset) {
        try {
            MarketSpec spec = exchange.marketOfToken(asset);
            return java.util.Optional.of(BookJson.ws(exchange.book(asset), spec.minOrderSizeMicros(), spec.negRisk()));
        } catch (OrderRejectedException unknownToken) {
            return java.util.Optional.empty();
        }
    }
}
