package astra.polymarket.clob;

/** What a balance/allowance query is about: the collateral (pUSD) or one outcome token. */
public enum AssetType {
    COLLATERAL,
    CONDITIONAL
}
