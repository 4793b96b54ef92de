package astra.simulator.event;

/** A market-channel {@code market_resolved}: the market closed; {@code winningToken} is "" if undecided. */
public record MarketResolved(long timestampMillis, String conditionId, String yesToken, String noToken,
                             String winningToken) implements VenueEvent {}
