package astra.domain;

/** The id that groups the markets of one negRisk event. */
public record NegRiskMarketId(String value) {
    public NegRiskMarketId {
        Ids.require(value, "negRisk market id");
    }

    @Override
    public String toString() {
        return value;
    }
}
