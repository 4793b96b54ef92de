package astra.features;

import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Side;
import astra.domain.TickSize;
import io.cucumber.java.ParameterType;
import java.time.Instant;

/** The desk's words as Cucumber parameter types, shared by every feature. */
public class Vocabulary {

    @ParameterType("BUY|SELL|buy|sell")
    public Side side(String text) {
        return Side.valueOf(text.toUpperCase());
    }

    @ParameterType("GTC|GTD|FOK|FAK")
    public OrderType orderType(String text) {
        return OrderType.valueOf(text);
    }

    @ParameterType("\\d+(?:\\.\\d+)?")
    public Price price(String text) {
        return Price.parse(text);
    }

    @ParameterType("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z")
    public Instant instant(String text) {
        return Instant.parse(text);
    }

    @ParameterType("0\\.1|0\\.01|0\\.001|0\\.0001|0\\.005|0\\.0025")
    public TickSize tick(String text) {
        return TickSize.parse(text);
    }
}
