package astra.strategy.satellite;

/** How strong a signal's evidence is: A (primary source), B (credible secondary), C (weak). */
public enum EvidenceTier {
    A,
    B,
    C
}
