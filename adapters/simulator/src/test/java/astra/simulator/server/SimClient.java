package astra.simulator.server;

import astra.polymarket.signing.Address;
import astra.polymarket.signing.Bytes32;
import astra.polymarket.signing.ExchangeDomain;
import astra.polymarket.signing.OrderSide;
import astra.polymarket.signing.OrderSigner;
import astra.polymarket.signing.OrderV2;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.SignatureType;
import astra.simulator.auth.ApiKey;
import astra.simulator.auth.HmacRequestAuth;
import astra.simulator.auth.SignedOrderFields;
import astra.simulator.auth.SigningDomain;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small venue client over java.net.http for the ITs: L2-signed requests and order bodies. */
final class SimClient {
    static final String ZERO32 = "0x" + "0".repeat(64);
    static final long CHAIN_ID = 137;
    /** The public development key of the shared signing vectors; its address is SimHarness.TRADER's. */
    static final PrivateKey DEV_KEY =
            PrivateKey.fromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final ApiKey key;
    private long salt = 1;

    SimClient(URI base, ApiKey key) {
        this.base = base;
        this.key = key;
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send("GET", pathAndQuery, "", key);
    }

    HttpResponse<String> publicGet(String pathAndQuery) {
        return send("GET", pathAndQuery, "", null);
    }

    HttpResponse<String> post(String path, String body) {
        return send("POST", path, body, key);
    }

    HttpResponse<String> delete(String path, String body) {
        return send("DELETE", path, body, key);
    }

    HttpResponse<String> send(String method, String pathAndQuery, String body, ApiKey signer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(20))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (signer != null) {
            String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
            String ts = "1767225600";
            b.header("POLY_ADDRESS", signer.address()).header("POLY_TIMESTAMP", ts)
                    .header("POLY_API_KEY", signer.key()).header("POLY_PASSPHRASE", signer.passphrase())
                    .header("POLY_SIGNATURE", HmacRequestAuth.sign(signer.secret(), ts + method + path + body));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A POST /order body for a limit order. BUY: makerAmount = size × price pUSD, takerAmount =
     * size tokens; SELL the other way round (all in 1e-6 units).
     */
    JsonObject order(String tokenId, String side, long priceMicros, long sizeMicros, String type, SigningDomain domain) {
        long pusd = priceMicros * sizeMicros / 1_000_000;
        boolean buy = side.equals("BUY");
        SignedOrderFields unsigned = new SignedOrderFields(Long.toString(salt++), key.address(), key.address(), tokenId,
                Long.toString(buy ? pusd : sizeMicros), Long.toString(buy ? sizeMicros : pusd), side, 0,
                "1767225600000", ZERO32, ZERO32, "0", "", false);
        String signature = sign(unsigned, domain);
        JsonObject order = new JsonObject()
                .put("salt", Long.parseLong(unsigned.salt()))
                .put("maker", unsigned.maker())
                .put("signer", unsigned.signer())
                .put("tokenId", tokenId)
                .put("makerAmount", unsigned.makerAmount())
                .put("takerAmount", unsigned.takerAmount())
                .put("side", side)
                .put("expiration", "0")
                .put("signatureType", 0)
                .put("timestamp", unsigned.timestamp())
                .put("metadata", ZERO32)
                .put("builder", ZERO32)
                .put("signature", signature);
        return new JsonObject().put("order", order).put("owner", key.key()).put("orderType", type)
                .put("deferExec", false).put("postOnly", false);
    }

    /** Signs with the development key (the shared vectors' public test key), as a trader would. */
    static String sign(SignedOrderFields o, SigningDomain domain) {
        ExchangeDomain exchange = ExchangeDomain.exchange(domain.version(), CHAIN_ID, Address.of(domain.verifyingContract()));
        OrderV2 order = new OrderV2(Long.parseLong(o.salt()), Address.of(o.maker()), Address.of(o.signer()),
                new BigInteger(o.tokenId()), Long.parseLong(o.makerAmount()), Long.parseLong(o.takerAmount()),
                o.side().equals("BUY") ? OrderSide.BUY : OrderSide.SELL, SignatureType.EOA, Long.parseLong(o.timestamp()),
                Bytes32.of(o.metadata()), Bytes32.of(o.builder()), 0);
        return new OrderSigner(DEV_KEY, exchange).sign(order).signature();
    }

    static JsonArray batch(JsonObject... orders) {
        JsonArray out = new JsonArray();
        for (JsonObject o : orders) {
            out.add(o);
        }
        return out;
    }
}
