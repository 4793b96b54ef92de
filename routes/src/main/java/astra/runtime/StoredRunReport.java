package astra.runtime;

import astra.domain.ClusterId;
import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.Price;
import astra.domain.TokenId;
import astra.ports.OrderStore;
import astra.ports.RunRecords;
import astra.ports.RunRecords.ReferenceMark;
import astra.ports.RunRecords.Run;
import astra.ports.RunRecords.RunMarket;
import astra.report.MarkSnapshot;
import astra.report.TruthReport;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finished run's truth report rebuilt from the store alone: the run's facts, its markets'
 * clusters, its stored mark tape and the reference prices the session's report used, with the
 * store's fills up to the run's end. Given the same store content the report equals the one the
 * session wrote.
 */
public final class StoredRunReport {
    private StoredRunReport() {}

    /** Rebuilds the report of the run; a run that is unknown or never ended is refused with the reason. */
    public static TruthReport rebuild(RunRecords records, OrderStore store, String runId) {
        Run run = records.run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId
                + " in this store" + known(records)));
        Instant end = run.end().orElseThrow(() -> new IllegalArgumentException("run " + runId
                + " has no end recorded (it did not finish cleanly), so its report cannot be rebuilt"));
        MarkTape tape = new MarkTape();
        for (MarkSnapshot point : records.marks(runId)) {
            tape.replay(point);
        }
        Map<ConditionId, ClusterId> clusters = new HashMap<>();
        for (RunMarket m : records.runMarkets(runId)) {
            clusters.put(m.conditionId(), new ClusterId(m.cluster()));
        }
        Map<ReferenceKey, Price> reference = new HashMap<>();
        for (ReferenceMark m : records.referenceMarks(runId)) {
            reference.put(new ReferenceKey(m.market(), m.token(), m.time()), m.price());
        }
        // The session reported every fill its store held at its end; a later run's fills are not its own.
        List<Fill> fills = store.fills().stream().filter(f -> !f.time().isAfter(end)).toList();
        return SessionReport.build(run.start(), end, run.bankroll(), fills, tape, clusters, run.quotesSent(),
                (market, token, at) -> Optional.ofNullable(reference.get(new ReferenceKey(market, token, at))));
    }

    /** The markets of a session as the run records keep them. */
    static List<RunMarket> runMarkets(MarketUniverse universe) {
        return universe.all().stream().map(m -> new RunMarket(m.conditionId(), m.yesToken(), m.noToken(),
                universe.clusterOf(m))).toList();
    }

    private static String known(RunRecords records) {
        List<String> ids = records.runs().stream().limit(10).map(Run::runId).toList();
        return ids.isEmpty() ? " (it holds no runs)" : " (runs here, latest first: " + String.join(", ", ids) + ")";
    }

    private record ReferenceKey(ConditionId market, TokenId token, Instant time) {}
}
