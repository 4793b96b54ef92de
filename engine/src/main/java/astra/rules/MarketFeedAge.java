package astra.rules;

import astra.domain.ConditionId;
import java.time.Duration;
import java.util.Objects;

/**
 * How old a market's newest market-data message is at the start of a decision cycle, measured on
 * the injected clock by whoever builds the facts. Judged by data, not by the socket: the venue's
 * market channel can go silent while PING/PONG still works.
 */
public record MarketFeedAge(ConditionId market, Duration age) {
    public MarketFeedAge {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(age, "age");
        if (age.isNegative()) {
            throw new IllegalArgumentException("feed age must not be negative, was " + age);
        }
    }
}
