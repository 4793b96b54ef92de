package astra.runtime.parity;

import astra.strategy.parity.ParityOpportunity;
import java.time.Instant;
import java.util.Objects;

/** A parity opportunity seen on the books at a cycle, with the rules' verdict on its market. Never traded. */
public record RecordedParity(Instant at, ParityOpportunity opportunity, ParityVerdict verdict) {
    public RecordedParity {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(opportunity, "opportunity");
        Objects.requireNonNull(verdict, "verdict");
        if (!opportunity.market().equals(verdict.market())) {
            throw new IllegalArgumentException("the verdict on " + verdict.market()
                    + " is not about the opportunity in " + opportunity.market());
        }
    }
}
