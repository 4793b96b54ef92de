package astra.polymarket.signing;

/**
 * The exchange generation an order is signed for: V1 (history, kept for its vectors), V2 (live
 * since 2026-04-28, domain "2") and V3 (ExchangeV3, domain "3").
 */
public enum ExchangeVersion {
    V1,
    V2,
    V3
}
