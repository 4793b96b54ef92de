package astra.ports;

import astra.domain.ConditionId;
import astra.domain.Price;
import astra.domain.TokenId;
import astra.domain.Usd;
import astra.report.MarkSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a session leaves behind besides its orders and fills, so that its truth report can be
 * rebuilt from the store alone: the run's facts, its markets, the mark tape, and — where the venue
 * knows a hidden fair value (the simulator) — the reference prices the report asked for.
 *
 * <p>Invariants: a run is recorded once, at its start; its end and quote count are set once, at its
 * end; marks and reference marks only belong to a recorded run and are read back exactly as written
 * (times to the nanosecond, prices in micros).
 */
public interface RunRecords {

    /**
     * A session's facts.
     *
     * @param runId the run's id (also the prefix of its client order ids)
     * @param kind what ran: {@code paper}, {@code live}, …
     * @param venue where it traded (the simulator, or the CLOB URL)
     * @param scenario the simulator scenario's name and seed as text, empty for a real venue
     * @param end when the session ended, empty while it runs (or when it never ended cleanly)
     * @param quotesSent orders the venue accepted, known at the end
     */
    record Run(String runId, String kind, String venue, String scenario, Instant start, Optional<Instant> end,
            Usd bankroll, long quotesSent) {
        public Run {
            Objects.requireNonNull(runId, "runId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(venue, "venue");
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(bankroll, "bankroll");
            if (runId.isBlank()) {
                throw new IllegalArgumentException("a run id must not be blank");
            }
            if (quotesSent < 0) {
                throw new IllegalArgumentException("quotes sent must not be negative, was " + quotesSent);
            }
            if (end.isPresent() && end.get().isBefore(start)) {
                throw new IllegalArgumentException("a run cannot end (" + end.get() + ") before it starts (" + start + ")");
            }
        }

        /** A run as it starts: no end yet, no quotes yet. */
        public static Run started(String runId, String kind, String venue, String scenario, Instant start,
                Usd bankroll) {
            return new Run(runId, kind, venue, scenario, start, Optional.empty(), bankroll, 0);
        }
    }

    /** A market the run traded, with the cluster the report groups it in. */
    record RunMarket(ConditionId conditionId, TokenId yesToken, TokenId noToken, String cluster) {
        public RunMarket {
            Objects.requireNonNull(conditionId, "conditionId");
            Objects.requireNonNull(yesToken, "yesToken");
            Objects.requireNonNull(noToken, "noToken");
            Objects.requireNonNull(cluster, "cluster");
        }
    }

    /** The hidden reference price of a token at a time, as the venue answered it during the run. */
    record ReferenceMark(ConditionId market, TokenId token, Instant time, Price price) {
        public ReferenceMark {
            Objects.requireNonNull(market, "market");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(price, "price");
        }
    }

    /** Records a run as it starts, with its markets; a run id already recorded is refused. */
    void recordRunStart(Run run, List<RunMarket> markets);

    /** Records the run's end and its quote count; refused for an unknown run. */
    void recordRunEnd(String runId, Instant end, long quotesSent);

    /** Appends mark tape points of a run (one batch, one transaction). */
    void recordMarks(String runId, List<MarkSnapshot> marks);

    /** Appends reference prices of a run (one batch, one transaction). */
    void recordReferenceMarks(String runId, List<ReferenceMark> marks);

    Optional<Run> run(String runId);

    /** Every recorded run, the latest start first. */
    List<Run> runs();

    List<RunMarket> runMarkets(String runId);

    /** The run's mark tape, oldest first. */
    List<MarkSnapshot> marks(String runId);

    List<ReferenceMark> referenceMarks(String runId);
}
