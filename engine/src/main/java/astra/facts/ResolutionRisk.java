package astra.facts;

import java.math.BigDecimal;

/**
 * How likely a market's resolution is to surprise: an ambiguous question, a disputed or slow
 * resolution source, a history of challenges.
 *
 * @param score in [0, 1]: 0 = clear source and question, 1 = resolution is a coin toss of its own
 * @param why a short human reason for the audit
 */
public record ResolutionRisk(String market, BigDecimal score, String why) {
    public ResolutionRisk {
        FactChecks.market(market);
        FactChecks.unitInterval(score, "resolution risk score");
        FactChecks.required(why, "why");
    }
}
