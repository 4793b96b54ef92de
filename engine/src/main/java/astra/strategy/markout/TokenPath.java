package astra.strategy.markout;

import astra.domain.Price;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;

/** One token's recorded mids by time, as {@link MidPath} answers from them. */
interface TokenPath {

    /** Records the mid at the instant; false, recording nothing, when this form cannot hold it. */
    boolean tryRecord(Instant at, Price mid);

    /** The first point at or after {@code from} if it is not after {@code until} (not before {@code from}). */
    Optional<Price> firstBetween(Instant from, Instant until);

    /** The last point at or before {@code at}. */
    Optional<Price> latestAtOrBefore(Instant at);

    /** Drops the points before the last one at or before {@code cutoff}. */
    void pruneBefore(Instant cutoff);

    /** Whether every recorded point is before {@code at} (so recording at it appends). */
    boolean allBefore(Instant at);

    /** How many points are recorded. */
    int size();

    /** Every point, oldest first. */
    void forEachPoint(BiConsumer<Instant, Price> point);
}
