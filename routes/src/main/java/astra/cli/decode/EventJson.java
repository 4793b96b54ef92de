package astra.cli.decode;

import astra.domain.Micros;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.market.PriceLevels;
import astra.polymarket.ws.BestBidAsk;
import astra.polymarket.ws.BookSnapshot;
import astra.polymarket.ws.ControlFrame;
import astra.polymarket.ws.DecodeError;
import astra.polymarket.ws.LastTradePrice;
import astra.polymarket.ws.MarketResolved;
import astra.polymarket.ws.NewMarket;
import astra.polymarket.ws.OrderMessage;
import astra.polymarket.ws.PriceChange;
import astra.polymarket.ws.TickSizeChange;
import astra.polymarket.ws.TradeMessage;
import astra.polymarket.ws.UnknownEvent;
import astra.polymarket.ws.WsMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a decoded message as JSON: {@code kind} (the venue's event type, or control, unknown,
 * error), the frame it came from, then every field of the message record in snake_case.
 *
 * <p>Fields are read from the record components rather than listed by hand, so a field added to
 * a message shows up here without anyone remembering this printer. Values: prices and sizes as
 * exact decimal strings, typed ids as their text, times as ISO-8601 instants, absent optionals as
 * null, book levels as {@code {price, size}} in the order the venue sent them.
 */
final class EventJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<Class<? extends WsMessage>, String> KINDS = Map.ofEntries(
            Map.entry(BookSnapshot.class, "book"),
            Map.entry(PriceChange.class, "price_change"),
            Map.entry(LastTradePrice.class, "last_trade_price"),
            Map.entry(TickSizeChange.class, "tick_size_change"),
            Map.entry(BestBidAsk.class, "best_bid_ask"),
            Map.entry(NewMarket.class, "new_market"),
            Map.entry(MarketResolved.class, "market_resolved"),
            Map.entry(OrderMessage.class, "order"),
            Map.entry(TradeMessage.class, "trade"),
            Map.entry(ControlFrame.class, "control"),
            Map.entry(UnknownEvent.class, "unknown"),
            Map.entry(DecodeError.class, "error"));

    private EventJson() {}

    static String kind(WsMessage message) {
        String kind = KINDS.get(message.getClass());
        if (kind == null) {
            throw new IllegalStateException("no kind known for " + message.getClass().getSimpleName());
        }
        return kind;
    }

    static ObjectNode of(WsMessage message, Frame frame) {
        ObjectNode out = NODES.objectNode();
        out.put("kind", kind(message));
        out.put("frame", frame.position());
        // Every kind of message is a record (KINDS lists them all, and kind() refused any other).
        writeComponents((Record) message, out);
        return out;
    }

    /** A {price, size} level; shared with the books' output so both read the same. */
    static ObjectNode level(long priceMicros, long sizeMicros) {
        ObjectNode level = NODES.objectNode();
        level.put("price", Micros.format(priceMicros));
        level.put("size", Micros.format(sizeMicros));
        return level;
    }

    private static void writeComponents(Record record, ObjectNode out) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            out.set(snakeCase(component.getName()), value(read(record, component)));
        }
    }

    private static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof Optional<?> optional) {
            return optional.isPresent() ? value(optional.get()) : NODES.nullNode();
        }
        if (v instanceof Price || v instanceof Shares || v instanceof TickSize || v instanceof Instant
                || v instanceof CharSequence) {
            return NODES.textNode(v.toString());
        }
        if (v instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (v instanceof Integer || v instanceof Long) {
            return NODES.numberNode(((Number) v).longValue());
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof PriceLevels levels) {
            ArrayNode array = NODES.arrayNode(levels.count());
            for (int i = 0; i < levels.count(); i++) {
                array.add(level(levels.priceMicros(i), levels.sizeMicros(i)));
            }
            return array;
        }
        if (v instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            list.forEach(item -> array.add(value(item)));
            return array;
        }
        if (v instanceof Record record) {
            return recordValue(record);
        }
        return NODES.textNode(v.toString());
    }

    /**
     * A typed id that is a record of one string prints as its text (as do {@code TokenId} and
     * {@code ConditionId}, classes, through {@code toString}); any other record as an object.
     */
    private static JsonNode recordValue(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (components.length == 1 && components[0].getType() == String.class) {
            return value(read(record, components[0]));
        }
        ObjectNode out = NODES.objectNode();
        writeComponents(record, out);
        return out;
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of "
                    + record.getClass().getSimpleName(), e);
        }
    }

    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
