package astra.rules;

import java.math.BigDecimal;

/** A test-only fact: one cluster's exposure as a fraction of bankroll, for a test rule on the cap. */
public record ClusterExposureProbe(String cluster, BigDecimal fraction) {}
