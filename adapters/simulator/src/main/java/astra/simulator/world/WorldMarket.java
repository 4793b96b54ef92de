package astra.simulator.world;

/**
 * A market of the synthetic world: its ids on the venue, and its negRisk event ("" if standalone).
 *
 * @param index position in the world's market list (fixed iteration order)
 */
public record WorldMarket(int index, String conditionId, String yesToken, String noToken, String eventId) {
    public boolean negRisk() {
        return !eventId.isEmpty();
    }
}
