package astra.simulator.http;

import astra.simulator.auth.SignedOrderFields;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.OrderRequest;
import astra.simulator.matching.OrderType;
import astra.simulator.matching.Side;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.util.Locale;

/**
 * One entry of a POST /order or /orders body: {@code {order: {salt, maker, signer, tokenId,
 * makerAmount, takerAmount, side, expiration, signatureType, timestamp, metadata, builder,
 * signature}, owner, orderType, postOnly, deferExec}}.
 */
public record PostedOrder(SignedOrderFields fields, String owner, OrderType orderType, boolean postOnly) {
    private static final BigInteger ONE = BigInteger.valueOf(Amounts.ONE);

    public static PostedOrder parse(JsonObject body) {
        JsonObject o = body.getJsonObject("order");
        if (o == null) {
            throw VenueError.badRequest("Invalid order payload: order is missing");
        }
        boolean v1 = o.containsKey("nonce") || o.containsKey("feeRateBps") || o.containsKey("taker");
        SignedOrderFields fields = new SignedOrderFields(text(o, "salt"), text(o, "maker"), text(o, "signer"),
                text(o, "tokenId"), text(o, "makerAmount"), text(o, "takerAmount"),
                text(o, "side").toUpperCase(Locale.ROOT), signatureType(o), v1 ? optional(o, "timestamp") : text(o, "timestamp"),
                optional(o, "metadata"), optional(o, "builder"), optional(o, "expiration"), text(o, "signature"), v1);
        OrderType type;
        try {
            type = OrderType.valueOf(body.getString("orderType", "GTC").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw VenueError.badRequest("Invalid order payload: unknown orderType " + body.getValue("orderType"));
        }
        String owner = body.getString("owner");
        if (owner == null) {
            throw VenueError.badRequest("Invalid order payload: owner is missing");
        }
        return new PostedOrder(fields, owner, type, body.getBoolean("postOnly", false));
    }

    /**
     * The order as the matching engine sees it. BUY: size = takerAmount (tokens), price =
     * makerAmount / takerAmount; SELL: size = makerAmount, price = takerAmount / makerAmount. A
     * price that is not a whole number of millionths cannot be on any tick and is refused.
     */
    public OrderRequest toRequest() {
        Side side = switch (fields.side()) {
            case "BUY", "0" -> Side.BUY;
            case "SELL", "1" -> Side.SELL;
            default -> throw VenueError.badRequest("Invalid order payload: side " + fields.side());
        };
        BigInteger maker = amount(fields.makerAmount(), "makerAmount");
        BigInteger taker = amount(fields.takerAmount(), "takerAmount");
        BigInteger pusd = side == Side.BUY ? maker : taker;
        BigInteger tokens = side == Side.BUY ? taker : maker;
        BigInteger[] price = pusd.multiply(ONE).divideAndRemainder(tokens);
        if (price[1].signum() != 0 || price[0].signum() <= 0 || price[0].compareTo(ONE) >= 0) {
            throw VenueError.badRequest("invalid order amounts: price " + pusd + "/" + tokens + " is not a valid price");
        }
        long expiration = orderType == OrderType.GTD ? parseLong(fields.expiration(), "expiration") : 0;
        OrderRequest request = new OrderRequest(owner, fields.tokenId(), side, price[0].longValueExact(),
                tokens.longValueExact(), orderType, expiration, false);
        return postOnly ? request.withPostOnly() : request;
    }

    private static BigInteger amount(String text, String what) {
        try {
            BigInteger v = new BigInteger(text);
            if (v.signum() <= 0 || v.bitLength() > 62) {
                throw VenueError.badRequest("Invalid order payload: " + what + " out of range");
            }
            return v;
        } catch (NumberFormatException e) {
            throw VenueError.badRequest("Invalid order payload: " + what + " is not an integer");
        }
    }

    private static long parseLong(String text, String what) {
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw VenueError.badRequest("Invalid order payload: " + what + " is not an integer");
        }
    }

    private static int signatureType(JsonObject o) {
        try {
            return Integer.parseInt(text(o, "signatureType"));
        } catch (NumberFormatException e) {
            throw VenueError.badRequest("Invalid order payload: signatureType");
        }
    }

    private static String text(JsonObject o, String key) {
        Object v = o.getValue(key);
        if (v == null) {
            throw VenueError.badRequest("Invalid order payload: " + key + " is missing");
        }
        return String.valueOf(v);
    }

    private static String optional(JsonObject o, String key) {
        Object v = o.getValue(key);
        return v == null ? "" : String.valueOf(v);
    }
}
