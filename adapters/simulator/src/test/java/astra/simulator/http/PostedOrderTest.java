package astra.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.simulator.matching.OrderRequest;
import astra.simulator.matching.Side;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class PostedOrderTest {
    private static JsonObject body(String side, String maker, String taker) {
        JsonObject order = new JsonObject().put("salt", 1).put("maker", "0x1").put("signer", "0x1").put("tokenId", "99")
                .put("makerAmount", maker).put("takerAmount", taker).put("side", side).put("expiration", "0")
                .put("signatureType", 0).put("timestamp", "1").put("metadata", "0x0").put("builder", "0x0")
                .put("signature", "0xsig");
        return new JsonObject().put("order", order).put("owner", "key").put("orderType", "GTC").put("postOnly", true);
    }

    @Test
    void buy_priceIsMakerOverTaker_sizeIsTaker() {
        // BUY 10 at 0.52: makerAmount 5.2 pUSD = 5200000, takerAmount 10 tokens = 10000000.
        OrderRequest r = PostedOrder.parse(body("BUY", "5200000", "10000000")).toRequest();
        assertThat(r.side()).isEqualTo(Side.BUY);
        assertThat(r.priceMicros()).isEqualTo(520_000);
        assertThat(r.sizeMicros()).isEqualTo(10_000_000);
        assertThat(r.postOnly()).isTrue();
    }

    @Test
    void sell_priceIsTakerOverMaker_sizeIsMaker() {
        // SELL 5 at 0.3: makerAmount 5 tokens = 5000000, takerAmount 1.5 pUSD = 1500000.
        OrderRequest r = PostedOrder.parse(body("SELL", "5000000", "1500000")).toRequest();
        assertThat(r.priceMicros()).isEqualTo(300_000);
        assertThat(r.sizeMicros()).isEqualTo(5_000_000);
    }

    @Test
    void amountsGivingNoExactPrice_areRefused() {
        // 1000000 / 3000000 = 0.333… : not a whole number of millionths.
        assertThatThrownBy(() -> PostedOrder.parse(body("BUY", "1000000", "3000000")).toRequest())
                .isInstanceOf(VenueError.class).hasMessageContaining("invalid order amounts");
    }

    @Test
    void v1Fields_areRecognised() {
        JsonObject b = body("BUY", "5200000", "10000000");
        b.getJsonObject("order").put("nonce", "0");
        assertThat(PostedOrder.parse(b).fields().hasV1Fields()).isTrue();
    }
}
