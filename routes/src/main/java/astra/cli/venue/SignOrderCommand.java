package astra.cli.venue;

import astra.cli.AstraCli;
import astra.cli.JsonInput;
import astra.cli.JsonOutput;
import astra.polymarket.signing.PrivateKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code astra order sign ORDER.json}: the order's hash and signature by the key in the environment. */
@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = {
            "Signs an order with the key in ASTRA_PRIVATE_KEY and prints {\"hash\", \"signature\"}.",
            "ORDER.json holds the order's fields (salt, maker, signer, tokenId, makerAmount, takerAmount,"
                    + " side, signatureType, timestamp, metadata, builder; for v1: taker, expiration, nonce,"
                    + " feeRateBps instead of timestamp, metadata, builder), or a POST /order body"
                    + " {\"order\": {...}}. signatureType 3 (POLY_1271) gives the deposit wallet's wrapped"
                    + " signature."
        })
public final class SignOrderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ORDER.json", description = "the order's fields")
    Path file;

    @Mixin
    ExchangeOptions exchange;

    @Override
    public Integer call() {
        ProtocolOrder order = ProtocolOrder.read(exchange.protocol, orderObject(JsonInput.object(file)));
        PrivateKey key = SigningKey.from(AstraCli.environment(spec));
        OrderSignature signed = order.sign(key, exchange.domain());
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("hash", signed.hash().value());
        out.put("signature", signed.signature());
        JsonOutput.print(spec, out);
        return 0;
    }

    /** The order itself, or the one a POST /order body wraps. */
    private static JsonNode orderObject(JsonNode json) {
        JsonNode wrapped = json.get("order");
        return wrapped != null && wrapped.isObject() ? wrapped : json;
    }
}
