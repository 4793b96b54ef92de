package astra.simulator.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The market channel's frames must stay byte-equal to what vert.x's encoder wrote before. */
class JsonTextTest {
    @Test
    void nestedObjectsAndArrays_matchVertxEncoding() {
        String written = new JsonText().beginObject()
                .field("market", "0xabc")
                .key("price_changes").beginArray()
                .beginObject().field("price", "0.52").field("size", "0").endObject()
                .beginObject().field("price", "0.5").endObject()
                .endArray()
                .key("assets_ids").beginArray().value("1").value("2").endArray()
                .key("empty").beginArray().endArray()
                .field("neg_risk", true)
                .field("done", false)
                .endObject().toString();
        JsonObject same = new JsonObject()
                .put("market", "0xabc")
                .put("price_changes", new JsonArray()
                        .add(new JsonObject().put("price", "0.52").put("size", "0"))
                        .add(new JsonObject().put("price", "0.5")))
                .put("assets_ids", new JsonArray().add("1").add("2"))
                .put("empty", new JsonArray())
                .put("neg_risk", true)
                .put("done", false);
        assertThat(written).isEqualTo(same.encode());
    }

    @Test
    void everyAsciiCharacterAndSomeUnicode_areEscapedAsVertxEscapesThem() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        all.append("é€\u2028😀");
        String text = all.toString();
        String written = new JsonText().beginObject().field(text, text).endObject().toString();
        assertThat(written).isEqualTo(new JsonObject().put(text, text).encode());
    }
}
