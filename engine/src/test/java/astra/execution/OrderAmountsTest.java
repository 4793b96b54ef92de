package astra.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.InvalidOrderException;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderAmountsTest {

    private static OrderAmounts amounts(Side side, String price, String size, TickSize tick) {
        return OrderAmounts.of(side, Price.parse(price), Shares.parse(size), tick);
    }

    @Test
    void everyUpstreamVector_givesTheSameMakerAndTakerAmounts() {
        JsonNode vectors = SharedFixtures.polymarket("orders/order_amount_vectors.json").get("vectors");
        assertThat(vectors.size()).isEqualTo(9);
        for (JsonNode v : vectors) {
            assertThat(v.get("price").isBigDecimal() || v.get("price").isIntegralNumber())
                    .as("price read as decimal, not double").isTrue();
            OrderAmounts a = OrderAmounts.of(
                    Side.valueOf(v.get("side").asText()),
                    Price.of(v.get("price").decimalValue()),
                    Shares.of(v.get("size").decimalValue()),
                    TickSize.parse(v.get("tick").asText()));
            assertThat(a.makerAmount()).as("makerAmount of %s", v).isEqualTo(Long.parseLong(v.get("makerAmount").asText()));
            assertThat(a.takerAmount()).as("takerAmount of %s", v).isEqualTo(Long.parseLong(v.get("takerAmount").asText()));
        }
    }

    @Test
    void upstreamRoundingConfig_matchesTheDecimalsOfAllSixTicks() {
        JsonNode config = SharedFixtures.polymarket("orders/order_amount_vectors.json").get("rounding_config");
        int seen = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = config.fields(); it.hasNext(); seen++) {
            Map.Entry<String, JsonNode> e = it.next();
            TickSize tick = TickSize.parse(e.getKey().split(" ")[0]);
            assertThat(tick.priceDecimals()).as("price decimals of %s", tick).isEqualTo(e.getValue().get("price").asInt());
            assertThat(tick.sizeDecimals()).as("size decimals of %s", tick).isEqualTo(e.getValue().get("size").asInt());
            assertThat(tick.amountDecimals()).as("amount decimals of %s", tick).isEqualTo(e.getValue().get("amount").asInt());
        }
        assertThat(seen).isEqualTo(TickSize.values().length);
    }

    @Test
    void buyAtFiftySixCents_floorsSizeToTwoDecimalsInsteadOfRoundingIt() {
        // 21.049 -> 21.04 (a half-up rounding would give 21.05); 21.04 x 0.56 = 11.7824
        OrderAmounts a = amounts(Side.BUY, "0.56", "21.049", TickSize.HUNDREDTH);
        assertThat(a.takerAmount()).isEqualTo(21_040_000L);
        assertThat(a.makerAmount()).isEqualTo(11_782_400L);
        assertThat(a.tokens()).isEqualTo(Shares.parse("21.04"));
    }

    @Test
    void sell_floorsSizeToTwoDecimalsToo() {
        // 10.999999 -> 10.99 tokens; 10.99 x 0.5 = 5.495 pUSD
        OrderAmounts a = amounts(Side.SELL, "0.5", "10.999999", TickSize.TENTH);
        assertThat(a.makerAmount()).isEqualTo(10_990_000L);
        assertThat(a.takerAmount()).isEqualTo(5_495_000L);
    }

    @Test
    void newerTicks_useTheirOwnDecimals() {
        // tick 0.0025: 33.33 x 0.9975 = 33.33 - 0.083325 = 33.246675 (6 decimals, amount decimals 6)
        OrderAmounts buy = amounts(Side.BUY, "0.9975", "33.33", TickSize.TWENTY_FIVE_TEN_THOUSANDTHS);
        assertThat(buy.makerAmount()).isEqualTo(33_246_675L);
        assertThat(buy.takerAmount()).isEqualTo(33_330_000L);
        // tick 0.005: 7.77 x 0.005 = 0.03885 (5 decimals)
        OrderAmounts sell = amounts(Side.SELL, "0.005", "7.77", TickSize.FIVE_THOUSANDTHS);
        assertThat(sell.makerAmount()).isEqualTo(7_770_000L);
        assertThat(sell.takerAmount()).isEqualTo(38_850L);
    }

    @Test
    void smallestOrder_onTheFinestTick_isOneUnitOfCollateral() {
        // 0.01 x 0.0001 = 0.000001 pUSD = 1 unit
        OrderAmounts a = amounts(Side.BUY, "0.0001", "0.01", TickSize.TEN_THOUSANDTH);
        assertThat(a.makerAmount()).isEqualTo(1L);
        assertThat(a.takerAmount()).isEqualTo(10_000L);
    }

    @Test
    void everyTick_productOfTwoDecimalSizeAndOnTickPrice_fitsTheAmountDecimalsExactly() {
        // the worst case for decimals: x.x9 shares at the finest on-tick price just above the minimum
        for (TickSize tick : TickSize.values()) {
            Price price = new Price(tick.micros() * 3);
            OrderAmounts a = OrderAmounts.of(Side.BUY, price, Shares.parse("12.37"), tick);
            long exactProductMicros = 12_370_000L * price.micros() / 1_000_000L;
            assertThat(12_370_000L * price.micros() % 1_000_000L).as("exact in micros at %s", tick).isZero();
            assertThat(a.makerAmount()).as("maker at %s", tick).isEqualTo(exactProductMicros);
        }
    }

    @Test
    void offTickAndOutOfRangePrices_areRefused() {
        assertThatThrownBy(() -> amounts(Side.BUY, "0.565", "10", TickSize.HUNDREDTH))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("0.565");
        assertThatThrownBy(() -> amounts(Side.SELL, "1", "10", TickSize.HUNDREDTH))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("0.99");
        assertThatThrownBy(() -> amounts(Side.BUY, "0", "10", TickSize.TENTH))
                .isInstanceOf(InvalidOrderException.class);
    }

    @Test
    void sizeThatFloorsToZero_isRefused() {
        assertThatThrownBy(() -> amounts(Side.BUY, "0.5", "0.009", TickSize.HUNDREDTH))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("floors to zero");
    }

    @Test
    void fromIntent_usesItsSidePriceSizeAndTick() {
        OrderIntent intent = new OrderIntent(new ClientOrderId("c-1"), new ConditionId("0xabc"), new TokenId("1"),
                Side.BUY, Price.parse("0.82"), Shares.parse("20"), TickSize.HUNDREDTH, OrderType.GTC, true,
                Optional.empty(), "test");
        // 20 x 0.82 = 16.4
        assertThat(OrderAmounts.of(intent)).isEqualTo(new OrderAmounts(Side.BUY, 16_400_000L, 20_000_000L));
    }
}
