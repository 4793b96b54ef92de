package astra.runtime.parity;

import static astra.runtime.parity.ParityFixtures.NOW;
import static astra.runtime.parity.ParityFixtures.book;
import static astra.runtime.parity.ParityFixtures.negRisk;
import static astra.runtime.parity.ParityFixtures.normal;
import static astra.runtime.parity.ParityFixtures.parity;
import static astra.runtime.parity.ParityFixtures.standalone;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Book;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.TokenId;
import astra.domain.Usd;
import astra.facts.FactStore;
import astra.facts.FactStoreConfig;
import astra.facts.ParityCandidate;
import astra.rules.DecisionKind;
import astra.rules.MarketDecision;
import astra.rules.MarketDecisions;
import astra.runtime.MarketSnapshot;
import astra.runtime.MarketUniverse;
import astra.strategy.parity.ParityKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParityPaperDeskTest {
    private static FactStore facts;

    private final Market cheap = standalone("0xa1");
    private final Market event = negRisk("0xb1", "0xevent");
    private final Market bookless = standalone("0xc1");
    private final ParityRecorder recorder = new ParityRecorder(new SimpleMeterRegistry());
    private final ParityPaperDesk desk = new ParityPaperDesk(Clock.fixed(NOW, ZoneOffset.UTC),
            new MarketUniverse(List.of(cheap, event, bookless)), facts.parityCandidates(), List::of, recorder);

    @BeforeAll
    static void startFacts() {
        facts = FactStore.start(FactStoreConfig.embeddedDefaults().withClusterName("parity-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopFacts() {
        facts.close();
    }

    @Test
    void candidates_carryEachBooksOwnUpdateTime_andAMarketThatLostABookIsWithdrawn() {
        facts.parityCandidates().publish(List.of(new ParityCandidate("0xc1", false, 0, 0, 0))); // from an earlier cycle

        desk.publishCandidates(snapshot());

        ParityCandidate a = facts.parityCandidates().get("0xa1").orElseThrow();
        // YES updated 3 s before the tick, NO 0.5 s before: the older book (3 s) decides freshness.
        assertThat(a.yesBookAge()).isEqualTo(Duration.ofSeconds(3));
        assertThat(a.noBookAge()).isEqualTo(Duration.ofMillis(500));
        assertThat(a.olderBookAge()).isEqualTo(Duration.ofSeconds(3));
        assertThat(a.negRisk()).isFalse();
        assertThat(facts.parityCandidates().get("0xb1").orElseThrow().negRisk()).isTrue();
        assertThat(facts.parityCandidates().get("0xc1")).as("no NO book this cycle").isEmpty();
    }

    @Test
    void buyBothBelowOne_isRecordedWithTheRulesVerdict_andNegRiskGetsAVerdictButNoScan() {
        ConditionId a = cheap.conditionId();
        ConditionId b = event.conditionId();
        MarketDecisions decisions = decisions(
                normal(a, parity(a, DecisionKind.DENY_PARITY, "PARITY_BOOK_STALE", "DenyParityWhenABookIsStale")),
                normal(b, parity(b, DecisionKind.DENY_PARITY, "NEG_RISK_MARKET", "DenyParityOnNegRiskMarkets")));

        ParityCycle cycle = desk.afterDecisions(snapshot(), decisions);

        assertThat(cycle.verdicts()).containsOnlyKeys(a, b);
        assertThat(cycle.verdicts().get(b).deniedBy("DenyParityOnNegRiskMarkets")).isTrue();
        // YES ask 0.45 and NO ask 0.50, 60 pairs (the smaller touch), no fees: 60 − 27.00 − 30.00 = 3.00.
        assertThat(cycle.found()).hasSize(1);
        RecordedParity seen = cycle.found().get(0);
        assertThat(seen.opportunity().market()).isEqualTo(a);
        assertThat(seen.opportunity().kind()).isEqualTo(ParityKind.BUY_BOTH);
        assertThat(seen.opportunity().edgeTotal()).isEqualTo(Usd.parse("3.00"));
        assertThat(seen.verdict().allowed()).isFalse();
        assertThat(seen.verdict().deniedBy("DenyParityWhenABookIsStale")).isTrue();
        assertThat(recorder.count()).isEqualTo(1);
        assertThat(recorder.deniedCount()).isEqualTo(1);
        assertThat(recorder.countFor(b)).as("the scanner never looks at a negRisk pair").isZero();
    }

    @Test
    void anAllowedOpportunity_isRecordedAsAllowed_andEveryCycleRecordsAgain() {
        ConditionId a = cheap.conditionId();
        MarketDecisions decisions = decisions(normal(a,
                parity(a, DecisionKind.ALLOW_PARITY, "BOTH_BOOKS_FRESH", "AllowParityWhenBothBooksAreFresh")));

        desk.afterDecisions(snapshot(), decisions);
        desk.afterDecisions(snapshot(), decisions);

        assertThat(recorder.allowedCount()).isEqualTo(2);
        assertThat(recorder.last(5)).allSatisfy(r -> assertThat(r.verdict().allowed()).isTrue());
    }

    @Test
    void aMarketWhoseBooksKeptTheirLevels_isRecordedAgainWithTheNewVerdict_andAChangedBookIsScannedAgain() {
        ConditionId a = cheap.conditionId();
        MarketDecisions allowed = decisions(normal(a,
                parity(a, DecisionKind.ALLOW_PARITY, "BOTH_BOOKS_FRESH", "AllowParityWhenBothBooksAreFresh")));
        MarketDecisions denied = decisions(normal(a,
                parity(a, DecisionKind.DENY_PARITY, "PARITY_BOOK_STALE", "DenyParityWhenABookIsStale")));
        MarketSnapshot first = snapshot();
        // The next tick's books: new copies, stamped anew, over the very same level lists (as the feed hands them).
        Map<TokenId, Book> same = new HashMap<>();
        first.books().forEach((token, book) -> same.put(token, new Book(token, book.bids(), book.asks(),
                book.tickSize(), book.epoch(), NOW)));
        MarketSnapshot unchanged = new MarketSnapshot(NOW, same, Map.of(), List.of(), first.bookUpdatedAt(), NOW);
        Map<TokenId, Book> moved = new HashMap<>(same);
        moved.put(cheap.noToken(), book(cheap.noToken(), List.of("0.30@100"), List.of("0.52@60")));
        MarketSnapshot changed = new MarketSnapshot(NOW, moved, Map.of(), List.of(), first.bookUpdatedAt(), NOW);

        RecordedParity one = desk.afterDecisions(first, allowed).found().get(0);
        RecordedParity two = desk.afterDecisions(unchanged, denied).found().get(0);
        RecordedParity three = desk.afterDecisions(changed, denied).found().get(0);

        assertThat(one.verdict().allowed()).isTrue();
        assertThat(two.verdict().allowed()).as("the verdict is this cycle's, the books unchanged").isFalse();
        assertThat(two.opportunity()).isEqualTo(one.opportunity());
        // NO ask now 0.52: 60 − 27.00 − 31.20 = 1.80.
        assertThat(three.opportunity().edgeTotal()).isEqualTo(Usd.parse("1.80"));
        assertThat(recorder.count()).isEqualTo(3);
    }

    private MarketSnapshot snapshot() {
        Map<TokenId, Book> books = new HashMap<>();
        books.put(cheap.yesToken(), book(cheap.yesToken(), List.of("0.40@100"), List.of("0.45@100")));
        books.put(cheap.noToken(), book(cheap.noToken(), List.of("0.30@100"), List.of("0.50@60")));
        books.put(event.yesToken(), book(event.yesToken(), List.of("0.20@100"), List.of("0.25@100")));
        books.put(event.noToken(), book(event.noToken(), List.of("0.60@100"), List.of("0.65@100")));
        books.put(bookless.yesToken(), book(bookless.yesToken(), List.of("0.40@100"), List.of("0.45@100")));
        books.put(bookless.noToken(), book(bookless.noToken(), List.of(), List.of()));
        Map<TokenId, Instant> updated = new HashMap<>();
        updated.put(cheap.yesToken(), NOW.minusSeconds(3));
        updated.put(cheap.noToken(), NOW.minusMillis(500));
        updated.put(event.yesToken(), NOW.minusSeconds(1));
        updated.put(event.noToken(), NOW.minusSeconds(1));
        updated.put(bookless.yesToken(), NOW.minusSeconds(1)); // its NO book never heard from the feed
        return new MarketSnapshot(NOW, books, Map.of(), List.of(), updated, NOW);
    }

    private static MarketDecisions decisions(MarketDecision... markets) {
        Map<ConditionId, MarketDecision> byId = new HashMap<>();
        for (MarketDecision d : markets) {
            byId.put(d.market(), d);
        }
        return new MarketDecisions("v1", NOW, byId, List.of(), List.of(), Map.of());
    }
}
