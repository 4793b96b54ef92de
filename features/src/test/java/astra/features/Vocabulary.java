package astra.features;

import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.rules.MarketState;
import io.cucumber.java.ParameterType;
import java.time.Duration;
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

    /** A market by the desk's hyphenated short name, e.g. FED-DEC; the name is its id in the specs. */
    @ParameterType("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+")
    public String market(String text) {
        return text;
    }

    @ParameterType("NORMAL|WATCH|CLOSE_WINDOW|CLOSED|HALTED")
    public MarketState state(String text) {
        return MarketState.valueOf(text);
    }

    /** A span of time as the desk says it: "90 seconds", "15 minutes", "6 hours", "2 days". */
    @ParameterType("(\\d+) (seconds?|minutes?|hours?|days?)")
    public Duration duration(String amount, String unit) {
        long n = Long.parseLong(amount);
        return switch (unit.replaceAll("s$", "")) {
            case "second" -> Duration.ofSeconds(n);
            case "minute" -> Duration.ofMinutes(n);
            case "hour" -> Duration.ofHours(n);
            case "day" -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("unknown unit of time: " + unit);
        };
    }
}
