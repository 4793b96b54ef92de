package astra.features;

import astra.domain.TickSize;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What one scenario has set up, shared by its step classes (Cucumber creates one per scenario and
 * injects it). Time is a fixed clock the steps move; nothing reads wall time.
 */
public class World {
    TickSize tick = TickSize.HUNDREDTH;
    Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    void setTime(Instant now) {
        clock = Clock.fixed(now, ZoneOffset.UTC);
    }
}
