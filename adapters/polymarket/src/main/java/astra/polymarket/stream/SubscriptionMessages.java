package astra.polymarket.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/** The later (un)subscribe messages both channels take: the ids under the channel's key, and the operation. */
final class SubscriptionMessages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SubscriptionMessages() {}

    static String operation(String idsKey, String op, Collection<String> ids) {
        ObjectNode msg = JSON.createObjectNode();
        ArrayNode array = msg.putArray(idsKey);
        ids.forEach(array::add);
        msg.put("operation", op);
        return msg.toString();
    }
}
