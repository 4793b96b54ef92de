package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Micros;
import astra.domain.Side;
import astra.polymarket.ws.LevelChange;
import astra.polymarket.ws.MarketChannelDecoder;
import astra.polymarket.ws.PriceChange;
import astra.polymarket.ws.WsMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PriceChangeFramesTest {
    private static VenueSample sample;

    @BeforeAll
    static void readFixtures() throws Exception {
        sample = VenueSample.read(Path.of(System.getProperty("astra.shared.dir", "../../shared"))
                .resolve("fixtures/polymarket/ws_market"));
    }

    @Test
    void fixtures_yieldRealTokenIdsByMarket() {
        // docs_price_change_new_schema and nt_price_change_schema2025 both name market 0x5f65...
        assertThat(sample.tokensByMarket().get("0x5f65177b394277fd294cd75650044e32ba009a95022d88a0c1d565897d72f8f1"))
                .contains("71321045679252212594626385532706912750332728571942532289631379312455583992563",
                        "52114319501245915516055106046884209969926127482827954674443846427813813222426");
    }

    @Test
    void sameSeed_givesTheSameFrames_anotherSeedOthers() {
        assertThat(PriceChangeFrames.generate(sample, 50, 6)).isEqualTo(PriceChangeFrames.generate(sample, 50, 6))
                .isNotEqualTo(PriceChangeFrames.generate(sample, 50, 7));
    }

    @Test
    void everyFrame_decodesToTwoMirroredLevelsOnTheCentTick() {
        MarketChannelDecoder decoder = new MarketChannelDecoder();
        for (String frame : PriceChangeFrames.generate(sample, 200, 6)) {
            List<WsMessage> messages = decoder.decode(frame);
            assertThat(messages).hasSize(1).first().isInstanceOf(PriceChange.class);
            List<LevelChange> levels = ((PriceChange) messages.get(0)).changes();
            assertThat(levels).hasSize(2);
            LevelChange a = levels.get(0);
            LevelChange b = levels.get(1);
            // BUY p on one token mirrors SELL 1 - p on the other: the prices add up to 1.
            assertThat(a.price().micros() + b.price().micros()).isEqualTo(Micros.SCALE);
            assertThat(a.side()).isNotEqualTo(b.side());
            assertThat(a.price().micros() % PriceChangeFrames.TICK_MICROS).isZero();
            assertThat(a.price().micros()).isBetween(10_000L, 990_000L);
            assertThat(List.of(Side.BUY, Side.SELL)).contains(a.side());
        }
    }
}
