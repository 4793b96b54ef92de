package astra.simulator.wire;

import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.event.TradeStatus;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.Side;
import astra.simulator.matching.Trade;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who is named where in a {@code trade} message, as the captures show it: the top-level
 * {@code maker_address} is the taker order's address for every recipient, and each maker leg
 * carries its own maker's address.
 */
class TradeJsonTest {
    private static final Path USER = Path.of(System.getProperty("astra.shared.dir", "../../../shared"),
            "fixtures", "polymarket", "ws_user");
    private static final Names NAMES = new Names() {
        private final Map<String, String> addresses = Map.of("taker-key", "0xTAKER", "maker-a", "0xMAKERA",
                "maker-b", "0xMAKERB");

        @Override
        public String addressOf(String owner) {
            return addresses.get(owner);
        }

        @Override
        public String outcomeOf(String tokenId) {
            return tokenId.equals("yes") ? "Yes" : "No";
        }
    };

    /**
     * The taker buys 5 YES: 2 from maker A's YES ask at 0.52, 3 from maker B's NO bid at 0.47 (a mint
     * at 1 − 0.47 = 0.53); notional 2 × 0.52 + 3 × 0.53 = 2.63.
     */
    private static final Trade TRADE = new Trade("t-1", "0xcond", "0xtaker-order", "taker-key", "yes", Side.BUY,
            5_000_000, 2_630_000, 0,
            List.of(new MakerLeg("0xa-order", "maker-a", "yes", Side.SELL, 520_000, 2_000_000, false, 520_000, 0),
                    new MakerLeg("0xb-order", "maker-b", "no", Side.BUY, 470_000, 3_000_000, true, 530_000, 0)),
            1_700_000_000_000L);

    @Test
    void capturedMakerMessage_namesTheRecipientOnItsLeg_andAnotherAccountAtTheTop() throws IOException {
        // The premise of the rule, read from the captures rather than assumed.
        JsonObject maker = new JsonObject(Files.readString(USER.resolve("nt_user_trade3.json")));
        assertThat(maker.getString("trader_side")).isEqualTo("MAKER");
        String ourLegAddress = maker.getJsonArray("maker_orders").getJsonObject(0).getString("maker_address");
        assertThat(maker.getString("maker_address")).isNotEqualTo(ourLegAddress);
        // The same account (0xa3D8…) is the TAKER in trade2, where it stands at the top.
        JsonObject taker = new JsonObject(Files.readString(USER.resolve("nt_user_trade2.json")));
        assertThat(taker.getString("trader_side")).isEqualTo("TAKER");
        assertThat(taker.getString("maker_address")).isEqualTo(ourLegAddress);
    }

    @Test
    void makerRecipient_getsTheTakersAddressAtTheTop_andItsOwnAddressOnItsLeg() {
        JsonObject m = TradeJson.message(TRADE, TradeStatus.MATCHED, 1_700_000_000_500L, "maker-b",
                List.of(TRADE.makerLegs().get(1)), NAMES);

        assertThat(m.getString("trader_side")).isEqualTo("MAKER");
        assertThat(m.getString("owner")).isEqualTo("maker-b");
        assertThat(m.getString("trade_owner")).isEqualTo("taker-key");
        assertThat(m.getString("maker_address")).isEqualTo("0xTAKER");
        assertThat(m.getJsonArray("maker_orders")).hasSize(1);
        assertThat(m.getJsonArray("maker_orders").getJsonObject(0).getString("maker_address")).isEqualTo("0xMAKERB");
    }

    @Test
    void takerRecipient_getsItsOwnAddressAtTheTop_andEachMakersOnItsLeg() {
        JsonObject row = TradeJson.row(TRADE, TradeStatus.CONFIRMED, 1_700_000_012_000L, "taker-key",
                TRADE.makerLegs(), NAMES);

        assertThat(row.getString("trader_side")).isEqualTo("TAKER");
        assertThat(row.getString("maker_address")).isEqualTo("0xTAKER");
        assertThat(row.getJsonArray("maker_orders").stream().map(l -> ((JsonObject) l).getString("maker_address")))
                .containsExactly("0xMAKERA", "0xMAKERB");
    }
}
