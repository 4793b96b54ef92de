package astra.domain;

/**
 * The venue's exchange protocol a market's orders are signed for. V1 is history (kept for its
 * vectors); V2 has run since 2026-04-28; V3 is the newer exchange some markets use.
 */
public enum ProtocolVersion {
    V1,
    V2,
    V3
}
