package astra.cli.decode;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.market.OrderBook;
import astra.market.OrderBooks;
import astra.polymarket.ws.BookSnapshot;
import astra.polymarket.ws.ChannelDecoder;
import astra.polymarket.ws.DecodeCounters;
import astra.polymarket.ws.DecodeFailure;
import astra.polymarket.ws.MarketChannelDecoder;
import astra.polymarket.ws.MarketEvent;
import astra.polymarket.ws.MarketEventApplier;
import astra.polymarket.ws.UserChannelDecoder;
import astra.polymarket.ws.WsMessage;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Feeds frames, in order, through the market and user channel decoders and applies market events
 * to books, as the live feed thread does; then reports the events, the books and the counters.
 * Single-threaded, like the decoders and books it owns.
 */
final class DecodeSession {
    /**
     * The tick a book is registered with. A {@code book} message carries no tick (the live feed
     * takes it from market metadata); the finest tick divides every other one, so no level is
     * miscounted as off-tick, and a {@code tick_size_change} still sets the real one.
     */
    private static final TickSize ASSUMED_TICK = Stream.of(TickSize.values())
            .min(Comparator.comparingLong(TickSize::micros))
            .orElseThrow();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final MarketChannelDecoder market = new MarketChannelDecoder();
    private final UserChannelDecoder user = new UserChannelDecoder();
    private final OrderBooks books;
    private final MarketEventApplier applier;
    private final Set<TokenId> bookOrder = new LinkedHashSet<>();
    private final ArrayNode events = NODES.arrayNode();
    private final Map<String, Long> eventsByKind = new LinkedHashMap<>();
    private int frames;

    DecodeSession(Clock clock) {
        this.books = new OrderBooks(clock);
        this.applier = new MarketEventApplier(books);
    }

    void decode(List<Frame> frames) {
        frames.forEach(this::decode);
    }

    void decode(Frame frame) {
        frames++;
        ChannelDecoder decoder = Channel.of(frame.text()) == Channel.USER ? user : market;
        decoder.decode(frame.text(), message -> accept(message, frame));
    }

    private void accept(WsMessage message, Frame frame) {
        events.add(EventJson.of(message, frame));
        eventsByKind.merge(EventJson.kind(message), 1L, Long::sum);
        if (message instanceof BookSnapshot snapshot) {
            // The live feed registers books at subscription; here a snapshot is the only source.
            books.register(snapshot.asset(), ASSUMED_TICK);
            bookOrder.add(snapshot.asset());
        }
        if (message instanceof MarketEvent event) {
            applier.apply(event);
        }
    }

    ObjectNode report() {
        ObjectNode out = NODES.objectNode();
        out.set("events", events);
        out.set("books", booksJson());
        out.set("counters", countersJson());
        return out;
    }

    private ObjectNode booksJson() {
        ObjectNode out = NODES.objectNode();
        for (TokenId asset : bookOrder) {
            OrderBook book = books.get(asset);
            Book snapshot = book.snapshot();
            ObjectNode json = NODES.objectNode();
            json.put("best_bid", snapshot.bestBid().map(l -> l.price().toString()).orElse(null));
            json.put("best_ask", snapshot.bestAsk().map(l -> l.price().toString()).orElse(null));
            json.put("epoch", snapshot.epoch());
            json.put("awaiting_snapshot", book.awaitingSnapshot());
            json.set("bids", levels(snapshot.bids()));
            json.set("asks", levels(snapshot.asks()));
            out.set(asset.value(), json);
        }
        return out;
    }

    private static ArrayNode levels(List<BookLevel> levels) {
        ArrayNode out = NODES.arrayNode(levels.size());
        levels.forEach(l -> out.add(EventJson.level(l.price().micros(), l.size().micros())));
        return out;
    }

    private ObjectNode countersJson() {
        ObjectNode out = NODES.objectNode();
        out.put("frames", frames);
        ObjectNode kinds = out.putObject("events_by_kind");
        eventsByKind.forEach(kinds::put);
        DecodeCounters m = market.counters();
        DecodeCounters u = user.counters();
        out.put("errors", m.totalFailures() + u.totalFailures());
        ObjectNode reasons = out.putObject("errors_by_reason");
        for (DecodeFailure reason : DecodeFailure.values()) {
            long n = m.failures(reason) + u.failures(reason);
            if (n > 0) {
                reasons.put(reason.name(), n);
            }
        }
        out.put("control_frames", m.controlFrames() + u.controlFrames());
        out.put("unknown_events", m.unknownEvents() + u.unknownEvents());
        out.put("books", bookOrder.size());
        out.put("levels_applied", applier.levelsApplied());
        out.put("levels_refused", applier.levelsRefused());
        out.put("messages_for_assets_without_book", applier.unknownAssetMessages());
        return out;
    }
}
