package astra.market;

import astra.domain.BookLevel;
import astra.domain.Micros;
import astra.domain.Price;
import astra.domain.Shares;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable list of (price, size) levels in micros, in the order the venue sent them. Primitive
 * arrays rather than {@link BookLevel} objects, so that a snapshot of a hundred levels costs four
 * arrays and not three hundred objects. Every price is in [0, 1] and every size is non-negative,
 * checked when the level is added.
 */
public final class PriceLevels {
    public static final PriceLevels EMPTY = new PriceLevels(new long[0], new long[0]);

    private final long[] prices;
    private final long[] sizes;

    private PriceLevels(long[] prices, long[] sizes) {
        this.prices = prices;
        this.sizes = sizes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int count() {
        return prices.length;
    }

    public long priceMicros(int index) {
        return prices[index];
    }

    public long sizeMicros(int index) {
        return sizes[index];
    }

    /** The levels as domain values, in the order received (not sorted). */
    public List<BookLevel> toBookLevels() {
        List<BookLevel> out = new ArrayList<>(prices.length);
        for (int i = 0; i < prices.length; i++) {
            out.add(new BookLevel(new Price(prices[i]), new Shares(sizes[i])));
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < prices.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Micros.format(sizes[i])).append('@')
                    .append(Micros.format(prices[i]));
        }
        return sb.append(']').toString();
    }

    /**
     * Collects levels; reusable after {@link #build()} or {@link #reset()}, so that one decoder
     * needs one builder per side for its whole life.
     */
    public static final class Builder {
        private long[] prices = new long[128];
        private long[] sizes = new long[128];
        private int count;

        private Builder() {}

        /** Adds a level; fails on a price outside [0, 1] or a negative size. */
        public Builder add(long priceMicros, long sizeMicros) {
            if (priceMicros < 0 || priceMicros > Micros.SCALE) {
                throw new IllegalArgumentException("level price outside [0, 1]: " + Micros.format(priceMicros));
            }
            if (sizeMicros < 0) {
                throw new IllegalArgumentException("negative level size: " + Micros.format(sizeMicros));
            }
            if (count == prices.length) {
                prices = Arrays.copyOf(prices, count * 2);
                sizes = Arrays.copyOf(sizes, count * 2);
            }
            prices[count] = priceMicros;
            sizes[count] = sizeMicros;
            count++;
            return this;
        }

        public int count() {
            return count;
        }

        public Builder reset() {
            count = 0;
            return this;
        }

        /** The levels added so far, then empties the builder. */
        public PriceLevels build() {
            PriceLevels built = count == 0 ? EMPTY
                    : new PriceLevels(Arrays.copyOf(prices, count), Arrays.copyOf(sizes, count));
            count = 0;
            return built;
        }
    }
}
