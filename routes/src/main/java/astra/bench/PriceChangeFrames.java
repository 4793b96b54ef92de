package astra.bench;

import astra.domain.Micros;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Current-schema {@code price_change} frames, compact as the venue sends them, two levels each:
 * a market's two tokens move together, so a level on one (BUY at p) comes with the mirrored
 * level on the other (SELL at 1 − p). Ids, prices and sizes are drawn from a {@link VenueSample}
 * with a seeded generator, so the same seed always gives the same frames. Prices sit on the
 * 0.01 tick in [0.01, 0.99]; about one size in five is zero, which removes a level, so books
 * stay at a realistic depth however many frames are applied.
 */
public final class PriceChangeFrames {
    /** Tick the generated prices sit on, in micros. */
    public static final long TICK_MICROS = 10_000;

    private PriceChangeFrames() {}

    public static List<String> generate(VenueSample sample, int count, long seed) {
        Random random = new Random(seed);
        List<Map.Entry<String, List<String>>> markets = new ArrayList<>(sample.tokensByMarket().entrySet());
        List<String> frames = new ArrayList<>(count);
        long timestamp = 1_757_908_892_351L;
        for (int i = 0; i < count; i++) {
            Map.Entry<String, List<String>> market = markets.get(random.nextInt(markets.size()));
            List<String> tokens = market.getValue();
            long price = onTick(Micros.parse(sample.prices().get(random.nextInt(sample.prices().size())))
                    + (random.nextInt(11) - 5) * TICK_MICROS);
            String size = random.nextInt(5) == 0 ? "0" : sample.sizes().get(random.nextInt(sample.sizes().size()));
            boolean buy = random.nextBoolean();
            String first = tokens.get(0);
            // A market seen with one token only mirrors onto that same token's other side.
            String second = tokens.size() > 1 ? tokens.get(1) : first;
            timestamp += 1 + random.nextInt(40);
            StringBuilder frame = new StringBuilder(640)
                    .append("{\"market\":\"").append(market.getKey()).append("\",\"price_changes\":[");
            level(frame, first, price, size, buy, random);
            frame.append(',');
            level(frame, second, Micros.SCALE - price, size, !buy, random);
            frame.append("],\"timestamp\":\"").append(timestamp).append("\",\"event_type\":\"price_change\"}");
            frames.add(frame.toString());
        }
        return frames;
    }

    private static void level(StringBuilder frame, String token, long price, String size, boolean buy, Random random) {
        long bestBid = buy ? price : price - TICK_MICROS;
        frame.append("{\"asset_id\":\"").append(token)
                .append("\",\"price\":\"").append(Micros.format(price))
                .append("\",\"size\":\"").append(size)
                .append("\",\"side\":\"").append(buy ? "BUY" : "SELL")
                .append("\",\"hash\":\"").append(hash(random))
                .append("\",\"best_bid\":\"").append(Micros.format(bestBid))
                .append("\",\"best_ask\":\"").append(Micros.format(bestBid + TICK_MICROS))
                .append("\"}");
    }

    /** Rounds down to the tick and keeps the price inside [0.01, 0.99]. */
    private static long onTick(long micros) {
        long ticked = micros / TICK_MICROS * TICK_MICROS;
        return Math.max(TICK_MICROS, Math.min(Micros.SCALE - TICK_MICROS, ticked));
    }

    /** A book hash as the venue writes it: 40 lowercase hex digits. */
    private static String hash(Random random) {
        StringBuilder hex = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }
}
