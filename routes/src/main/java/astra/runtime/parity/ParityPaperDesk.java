package astra.runtime.parity;

import astra.domain.Book;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.Position;
import astra.domain.Shares;
import astra.domain.TokenId;
import astra.facts.FactMap;
import astra.facts.ParityCandidate;
import astra.rules.MarketDecision;
import astra.rules.MarketDecisions;
import astra.runtime.MarketSnapshot;
import astra.runtime.MarketUniverse;
import astra.strategy.Inventory;
import astra.strategy.parity.ParityOpportunity;
import astra.strategy.parity.ParityScan;
import astra.strategy.parity.ParityScanner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The maker loop's parity hook, on the decision thread. Before the rules fire,
 * {@link #publishCandidates} writes one {@link ParityCandidate} per market whose two books have
 * both heard from the feed (with each book's own update time), and removes the candidate of a
 * market that lost a book, so no stale fact reads as fresh. After the rules,
 * {@link #afterDecisions} reads each candidate's verdict, scans its two books and records every
 * opportunity with that verdict. It returns no order: parity is recorded in paper mode only.
 */
public final class ParityPaperDesk {
    /**
     * The scanner's own age limit. The snapshot's book copies are stamped at the tick, so this
     * never refuses; freshness is the rules' call, from the candidate's per-book update times.
     */
    public static final Duration SCANNER_BOOK_AGE = Duration.ofMinutes(1);

    private final Clock clock;
    private final MarketUniverse universe;
    private final FactMap<ParityCandidate> candidates;
    private final Supplier<List<Position>> positions;
    private final ParityScanner scanner;
    private final ParityRecorder recorder;
    private final Map<ConditionId, Scanned> scanned = new HashMap<>();

    public ParityPaperDesk(Clock clock, MarketUniverse universe, FactMap<ParityCandidate> candidates,
            Supplier<List<Position>> positions, ParityRecorder recorder) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.universe = Objects.requireNonNull(universe, "universe");
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.positions = Objects.requireNonNull(positions, "positions");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.scanner = new ParityScanner(clock, SCANNER_BOOK_AGE);
    }

    /** Publishes this cycle's candidates (one batch) and withdraws those of markets missing a book. */
    public void publishCandidates(MarketSnapshot snapshot) {
        long now = clock.millis();
        List<ParityCandidate> fresh = new ArrayList<>();
        for (Market m : universe.all()) {
            Optional<Instant> yes = bookedAt(snapshot, m.yesToken());
            Optional<Instant> no = bookedAt(snapshot, m.noToken());
            if (yes.isEmpty() || no.isEmpty()) {
                candidates.remove(m.conditionId().value());
                continue;
            }
            fresh.add(new ParityCandidate(m.conditionId().value(), m.negRisk(), yes.get().toEpochMilli(),
                    no.get().toEpochMilli(), now));
        }
        candidates.publish(fresh);
    }

    /** The verdict on every candidate, and the opportunities found, recorded with their verdicts. */
    public ParityCycle afterDecisions(MarketSnapshot snapshot, MarketDecisions decisions) {
        Instant now = clock.instant();
        Map<ConditionId, ParityVerdict> verdicts = new LinkedHashMap<>(universe.all().size() * 4 / 3 + 1);
        List<RecordedParity> found = new ArrayList<>();
        Map<TokenId, Shares> held = null;
        for (Market m : universe.all()) {
            MarketDecision decision = decisions.markets().get(m.conditionId());
            Optional<Book> yes = snapshot.book(m.yesToken());
            Optional<Book> no = snapshot.book(m.noToken());
            if (decision == null || yes.isEmpty() || no.isEmpty() || snapshot.bookUpdatedAt(m.yesToken()).isEmpty()
                    || snapshot.bookUpdatedAt(m.noToken()).isEmpty()) {
                continue; // not a candidate this cycle
            }
            Scanned last = scanned.get(m.conditionId());
            ParityVerdict verdict = last != null && last.decision() == decision ? last.verdict()
                    : ParityVerdict.of(decision);
            verdicts.put(m.conditionId(), verdict);
            if (held == null) {
                held = holdings();
            }
            Inventory inventory = new Inventory(held.getOrDefault(m.yesToken(), Shares.ZERO),
                    held.getOrDefault(m.noToken(), Shares.ZERO));
            boolean fresh = scanner.fresh(yes.get()) && scanner.fresh(no.get());
            ParityScan scan = fresh && last != null && last.fresh() && last.market() == m
                    && last.sameBooks(yes.get(), no.get()) && last.inventory().equals(inventory)
                    ? last.scan() : scanner.scan(m, yes.get(), no.get(), inventory);
            scanned.put(m.conditionId(), new Scanned(m, decision, verdict, yes.get(), no.get(), inventory, fresh, scan));
            for (ParityOpportunity o : scan.opportunities()) {
                RecordedParity seen = new RecordedParity(now, o, verdict);
                recorder.record(seen);
                found.add(seen);
            }
        }
        return new ParityCycle(verdicts, found);
    }

    /**
     * What the last cycle scanned for a market, kept so an unchanged market is not scanned again: a
     * scan is a function of the market, the two books' levels, their tick and epoch, the inventory,
     * and whether both books are fresh; a scan is reused only when both were fresh then and are now.
     * The snapshot hands over the same level lists while a book does not change, and the engine the
     * same decision while a market's decisions do not.
     */
    private record Scanned(Market market, MarketDecision decision, ParityVerdict verdict, Book yes, Book no,
            Inventory inventory, boolean fresh, ParityScan scan) {
        boolean sameBooks(Book yesNow, Book noNow) {
            return sameLevels(yes, yesNow) && sameLevels(no, noNow);
        }

        private static boolean sameLevels(Book before, Book now) {
            return before.bids() == now.bids() && before.asks() == now.asks() && before.epoch() == now.epoch()
                    && before.tickSize().equals(now.tickSize()) && before.token().equals(now.token());
        }
    }

    public ParityRecorder recorder() {
        return recorder;
    }

    private Map<TokenId, Shares> holdings() {
        Map<TokenId, Shares> held = new HashMap<>();
        for (Position p : positions.get()) {
            held.put(p.token(), p.size());
        }
        return held;
    }

    private static Optional<Instant> bookedAt(MarketSnapshot snapshot, TokenId token) {
        return snapshot.book(token).isPresent() ? snapshot.bookUpdatedAt(token) : Optional.empty();
    }
}
