package astra.simulator.matching;

/** One aggregated price level of a book: the sum of remaining sizes at a price. */
public record PriceLevel(long priceMicros, long sizeMicros) {}
