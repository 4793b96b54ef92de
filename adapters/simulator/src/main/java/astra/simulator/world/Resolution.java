package astra.simulator.world;

/**
 * How a market of the world resolved: the winning token and when. A negRisk event resolves all its
 * outcomes at once (one YES, the others NO), each listed on its own.
 *
 * @param eventId "" for a standalone market
 */
public record Resolution(String conditionId, String eventId, String winningToken, boolean yesWon, long atMillis) {}
