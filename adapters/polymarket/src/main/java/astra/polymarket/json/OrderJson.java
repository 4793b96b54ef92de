package astra.polymarket.json;

import astra.polymarket.signing.OrderV2;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes POST /order and POST /orders bodies.
 *
 * <p>Shape, as the V2 SDK (py-clob-client-v2) sends it: {@code {"order": {salt, maker, signer,
 * tokenId, makerAmount, takerAmount, side, expiration, signatureType, timestamp, metadata,
 * builder, signature}, "owner", "orderType", "deferExec", "postOnly"}}. No {@code taker},
 * {@code nonce} or {@code feeRateBps}: those were V1 fields.
 */
public final class OrderJson {
    /** The venue takes at most this many orders in one POST /orders. */
    public static final int MAX_BATCH = 15;

    private static final JsonFactory FACTORY = new JsonFactory();

    private OrderJson() {}

    public static String postOrderBody(PostOrderRequest request) {
        return write(generator -> writeRequest(generator, request));
    }

    public static String postOrdersBody(List<PostOrderRequest> requests) {
        if (requests.isEmpty() || requests.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_BATCH
                    + " orders, got " + requests.size());
        }
        return write(generator -> {
            generator.writeStartArray();
            for (PostOrderRequest request : requests) {
                writeRequest(generator, request);
            }
            generator.writeEndArray();
        });
    }

    private static void writeRequest(JsonGenerator g, PostOrderRequest request)
            throws IOException {
        OrderV2 order = request.signedOrder().order();
        g.writeStartObject();
        g.writeObjectFieldStart("order");
        g.writeNumberField("salt", order.salt());
        g.writeStringField("maker", order.maker().checksummed());
        g.writeStringField("signer", order.signer().checksummed());
        g.writeStringField("tokenId", order.tokenId().toString());
        g.writeStringField("makerAmount", Long.toString(order.makerAmount()));
        g.writeStringField("takerAmount", Long.toString(order.takerAmount()));
        g.writeStringField("side", order.side().name());
        g.writeStringField("expiration", Long.toString(order.expiration()));
        g.writeNumberField("signatureType", order.signatureType().code());
        g.writeStringField("timestamp", Long.toString(order.timestampMs()));
        g.writeStringField("metadata", order.metadata().value());
        g.writeStringField("builder", order.builder().value());
        g.writeStringField("signature", request.signedOrder().signature());
        g.writeEndObject();
        g.writeStringField("owner", request.owner());
        g.writeStringField("orderType", request.orderType().name());
        g.writeBooleanField("deferExec", request.deferExec());
        g.writeBooleanField("postOnly", request.postOnly());
        g.writeEndObject();
    }

    interface JsonWriting {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    static String write(JsonWriting writing) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            writing.writeTo(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string failed", e);
        }
        return out.toString();
    }
}
