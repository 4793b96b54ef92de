package astra.bench;

import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.market.OrderBook;
import astra.market.OrderBooks;
import astra.market.PriceLevels;
import astra.polymarket.json.JsonFrames;
import astra.polymarket.ws.BookSnapshot;
import astra.polymarket.ws.MarketChannelDecoder;
import astra.polymarket.ws.MarketEvent;
import astra.polymarket.ws.MarketEventApplier;
import astra.polymarket.ws.PriceChange;
import astra.polymarket.ws.WsMessage;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code decode}: market channel frames decoded and applied to the feed thread's books, per level,
 * against a bare Jackson token walk over the same frames (a new parser per frame, every token
 * visited, every scalar's text read) — the least any streaming decoder of these frames must do.
 * Two workloads: current-schema price changes (two levels a frame) and the real book snapshot.
 * Goal: our rate at least {@value #GOAL} of the baseline's, in each workload.
 */
public final class DecodeBench implements Measure {
    static final double GOAL = 0.7;
    private static final int PRICE_CHANGE_FRAMES = 2_000;
    private static final int BOOK_FRAMES = 40;

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public String description() {
        return "market channel decode + book apply per level vs a bare Jackson token walk; goal >= "
                + GOAL + " x the walk's rate";
    }

    @Override
    public Verdict run(BenchSettings settings, PrintWriter out) throws Exception {
        VenueSample sample = VenueSample.read(settings.fixture("ws_market"));
        List<String> changes = PriceChangeFrames.generate(sample, PRICE_CHANGE_FRAMES, 6L);
        String book = new ObjectMapper().readTree(settings.fixture("ws_market/nt_book_snapshot_real.json").toFile())
                .toString();
        List<String> books = Collections.nCopies(BOOK_FRAMES, book);

        Verdict verdict = new Verdict();
        out.printf("price_change frames: %d, %d levels each, mean %d bytes%n", changes.size(), 2, meanLength(changes));
        Figure priceChanges = measure("decode", changes, sample, settings.rounds(40, 80), out);
        out.printf("book frames: %d copies of nt_book_snapshot_real.json, %d levels each, %d bytes%n",
                books.size(), levelsPerBook(book, sample), book.length());
        Figure snapshots = measure("decode book", books, sample, settings.rounds(40, 80), out);
        verdict.figure(snapshots.line(), snapshots.met());
        verdict.figure(priceChanges.line(), priceChanges.met());
        return verdict;
    }

    private record Figure(String line, boolean met) {}

    private static Figure measure(String label, List<String> frames, VenueSample sample, Rounds rounds,
            PrintWriter out) throws Exception {
        FeedThread feed = new FeedThread(sample);
        long levels = feed.check(frames);
        PairedRun.Result r = new PairedRun(() -> feed.decodeAndApply(frames, levels), () -> tokenWalk(frames, levels))
                .run(rounds);
        double rateRatio = r.baseline().median() / r.ours().median();
        out.printf("%s: ours %s ns/level median (p99 %s), baseline %s ns/level median (p99 %s), %d rounds%n", label,
                Figures.ratio(r.ours().median()), Figures.ratio(r.ours().p99()), Figures.ratio(r.baseline().median()),
                Figures.ratio(r.baseline().p99()), r.ours().count());
        String line = String.format("%s: %s x baseline (ours %s levels/s median, baseline %s levels/s median; goal >= %s)",
                label, Figures.ratio(rateRatio), Figures.perSecond(r.ours().median()),
                Figures.perSecond(r.baseline().median()), GOAL);
        return new Figure(line, rateRatio >= GOAL);
    }

    /** The baseline: what any streaming decoder must do at least — tokenise every byte. */
    private static Workload.Batch tokenWalk(List<String> frames, long levels) throws IOException {
        long sum = 0;
        for (int i = 0, n = frames.size(); i < n; i++) {
            try (JsonParser p = JsonFrames.parser(frames.get(i))) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    sum += t.id();
                    if (t.isScalarValue()) {
                        sum += p.getTextLength();
                    }
                }
            }
        }
        return new Workload.Batch(levels, sum);
    }

    private static long meanLength(List<String> frames) {
        return Math.round(frames.stream().mapToInt(String::length).average().orElse(0));
    }

    private static int levelsPerBook(String book, VenueSample sample) {
        BookSnapshot s = (BookSnapshot) new MarketChannelDecoder().decode(book).get(0);
        return s.bids().count() + s.asks().count();
    }

    /**
     * The decoder, applier and books of one feed thread, every sampled token registered and
     * holding a snapshot, so that level changes are applied rather than refused.
     */
    private static final class FeedThread {
        private final MarketChannelDecoder decoder = new MarketChannelDecoder();
        private final OrderBooks books = new OrderBooks(Clock.systemUTC());
        private final MarketEventApplier applier = new MarketEventApplier(books);
        private final Consumer<WsMessage> apply = m -> {
            if (m instanceof MarketEvent e) {
                applier.apply(e);
            }
        };

        FeedThread(VenueSample sample) {
            sample.tokensByMarket().values().forEach(tokens -> tokens.forEach(token -> {
                OrderBook b = books.register(new TokenId(token), TickSize.THOUSANDTH);
                b.applySnapshot(PriceLevels.EMPTY, PriceLevels.EMPTY, 0);
            }));
        }

        /**
         * Decodes and applies every frame once, failing unless each is one event whose levels all
         * reached a book; returns the levels in the frames.
         */
        long check(List<String> frames) {
            long levels = 0;
            for (String frame : frames) {
                List<WsMessage> messages = decoder.decode(frame);
                if (messages.size() != 1 || !(messages.get(0) instanceof MarketEvent event)) {
                    throw new IllegalStateException("frame did not decode to one market event: " + messages);
                }
                if (event instanceof PriceChange c) {
                    levels += c.changes().size();
                } else if (event instanceof BookSnapshot s) {
                    levels += s.bids().count() + s.asks().count();
                }
                long appliedBefore = applier.levelsApplied();
                long snapshotsBefore = snapshotsApplied();
                applier.apply(event);
                if (applier.levelsApplied() == appliedBefore && snapshotsApplied() == snapshotsBefore) {
                    throw new IllegalStateException("event changed no book: " + event);
                }
            }
            if (applier.levelsRefused() != 0 || applier.unknownAssetMessages() != 0) {
                throw new IllegalStateException("levels refused " + applier.levelsRefused() + ", unknown tokens "
                        + applier.unknownAssetMessages());
            }
            return levels;
        }

        private long snapshotsApplied() {
            return books.all().stream().mapToLong(OrderBook::snapshotsApplied).sum();
        }

        Workload.Batch decodeAndApply(List<String> frames, long levels) {
            for (int i = 0, n = frames.size(); i < n; i++) {
                decoder.decode(frames.get(i), apply);
            }
            return new Workload.Batch(levels, applier.levelsApplied() + decoder.counters().totalFailures());
        }
    }
}
