package astra.polymarket.clob;

import astra.domain.OrderId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The venue's answer to any cancel: the orders it cancelled and, for the others, its reason
 * (e.g. "already canceled or matched"). An order in neither set was not mentioned by the venue.
 */
public record CancelResult(List<OrderId> canceled, Map<OrderId, String> notCanceled) {
    public CancelResult {
        canceled = List.copyOf(canceled);
        notCanceled = Map.copyOf(notCanceled);
    }

    static CancelResult from(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("a cancel answer is an object");
        }
        List<OrderId> canceled = Fields.list(n, "canceled", e -> new OrderId(e.asText()));
        Map<OrderId, String> notCanceled = new LinkedHashMap<>();
        JsonNode nc = n.get("not_canceled");
        if (nc != null && !nc.isNull()) {
            if (!nc.isObject()) {
                throw new IllegalArgumentException("not_canceled is not an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = nc.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                notCanceled.put(new OrderId(e.getKey()), e.getValue().asText());
            }
        }
        return new CancelResult(canceled, notCanceled);
    }
}
