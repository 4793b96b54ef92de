package astra.facts;

/**
 * How strong the evidence behind a satellite signal is. The policy lists the tiers that may trade
 * (by default A and B).
 */
public enum EvidenceTier {
    /** Primary, verifiable source (an official result, a filing, the resolution source itself). */
    A,
    /** Reputable secondary source or a well-calibrated model with a track record. */
    B,
    /** Rumour, a single unverified report, an uncalibrated model. */
    C
}
