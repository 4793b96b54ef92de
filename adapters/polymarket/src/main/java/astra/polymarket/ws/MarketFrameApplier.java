package astra.polymarket.ws;

import astra.market.OrderBooks;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The feed thread's hot path for the market channel: each text frame goes straight into the
 * books. A frame made only of {@code book} and current-schema {@code price_change} messages in the
 * venue's usual form is read by {@link FastFrameReader} (in the compact form the venue sends, by
 * its hand-written {@link FrameScanner}) into primitive scratch and applied, with no event object
 * per message or level. Any other frame — other event types, older schemas,
 * unusual decimals, errors of any kind, control text — goes through {@link MarketChannelDecoder}
 * and {@link MarketEventApplier}, exactly as the event path would take it.
 *
 * <p>Invariant: the books, their epochs and counters, the {@link DecodeCounters} and the
 * applier's counters end up exactly as if every frame had been decoded into events and applied;
 * a differential test holds the two paths to that. Nothing of a frame is applied on the fast path
 * until all of it has been read, so giving up half-way changes nothing.
 *
 * <p>What the caller sees: book and price_change messages change the books and are not delivered
 * as objects (read the books); every other message — trades, tick size changes (also applied),
 * best bid/ask, listings, resolutions, unknown events, control frames and {@link DecodeError}s —
 * is delivered to the consumer given to {@link #apply}. Owned by the books' thread: NOT
 * thread-safe.
 */
public final class MarketFrameApplier {
    private final MarketChannelDecoder decoder = new MarketChannelDecoder();
    private final MarketEventApplier applier;
    private final FastFrameReader reader = new FastFrameReader();
    private long fastFrames;
    private long decodedFrames;

    public MarketFrameApplier(OrderBooks books) {
        this.applier = new MarketEventApplier(Objects.requireNonNull(books, "books"));
    }

    /**
     * Applies one text frame to the books; every message that is not a book or price change goes
     * to {@code others}, in order. Never throws on bad input.
     */
    public void apply(String frame, Consumer<? super WsMessage> others) {
        if (reader.read(frame)) {
            fastFrames++;
            applyRead(reader.frame());
            return;
        }
        decodedFrames++;
        decoder.decode(frame, message -> {
            if (message instanceof MarketEvent event) {
                applier.apply(event);
            }
            if (!(message instanceof BookSnapshot) && !(message instanceof PriceChange)) {
                others.accept(message);
            }
        });
    }

    private void applyRead(FastFrame f) {
        DecodeCounters counters = decoder.counters();
        for (int m = 0; m < f.messages; m++) {
            counters.countEvent();
            long millis = f.millis[m];
            if (f.kinds[m] == FastFrame.BOOK) {
                applier.applySnapshot(f.bookTokens[m], f.bids[m].build(), f.asks[m].build(), millis);
            } else {
                for (int r = f.rowStarts[m], end = f.rowEnds[m]; r < end; r++) {
                    applier.applyLevel(f.rowTokens[r], f.rowSides[r], f.rowPrices[r], f.rowSizes[r], millis);
                }
            }
        }
    }

    /** What was decoded, by kind and failure reason, over both paths. */
    public DecodeCounters counters() {
        return decoder.counters();
    }

    /** Snapshots, level changes and tick changes for tokens with no registered book. */
    public long unknownAssetMessages() {
        return applier.unknownAssetMessages();
    }

    public long levelsApplied() {
        return applier.levelsApplied();
    }

    /** Level changes a book refused (awaiting a snapshot, or invalid); the book says which. */
    public long levelsRefused() {
        return applier.levelsRefused();
    }

    /** Frames applied on the fast path. */
    public long fastFrames() {
        return fastFrames;
    }

    /** Frames that went through the event decoder (other events, unusual forms, errors, control text). */
    public long decodedFrames() {
        return decodedFrames;
    }
}
