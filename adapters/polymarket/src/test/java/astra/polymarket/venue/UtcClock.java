package astra.polymarket.venue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock defined by its milliseconds alone: the simulator's virtual time, as a test observes it. */
public abstract class UtcClock extends Clock {

    @Override
    public abstract long millis();

    @Override
    public final Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public final ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public final Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
