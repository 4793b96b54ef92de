package astra.runtime;

import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.Market;
import astra.domain.Position;
import astra.domain.Price;
import astra.domain.TokenId;
import astra.domain.Usd;
import astra.domain.ClusterId;
import astra.report.FillLog;
import astra.report.FillMarkouts;
import astra.report.Horizon;
import astra.report.TruthReport;
import astra.report.TruthReportBuilder;
import astra.report.TruthReportHtml;
import astra.report.TruthReportJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a session's truth report from the order store's fills and the session's mark tape, with
 * markouts also against a hidden reference (the simulator's fair value) when there is one, and
 * writes {@code truth-report.json}, {@code truth-report.html} and {@code fills.csv}.
 */
public final class SessionReport {
    public static final String JSON = "truth-report.json";
    public static final String HTML = "truth-report.html";
    public static final String FILLS = "fills.csv";

    /** The hidden reference price of a token at a time, if the venue knows one (the simulator does). */
    @FunctionalInterface
    public interface Reference {
        Optional<Price> at(Market market, TokenId token, Instant time);

        Reference NONE = (m, t, at) -> Optional.empty();
    }

    private SessionReport() {}

    /** The hidden reference price of a token of a market (by id) at a time, as stored after a run. */
    @FunctionalInterface
    public interface MarketReference {
        Optional<Price> at(ConditionId market, TokenId token, Instant time);
    }

    public static TruthReport build(Instant start, Instant end, Usd bankroll, List<Fill> fills, MarkTape tape,
            MarketUniverse universe, long quotesSent, Reference reference) {
        Map<ConditionId, ClusterId> clusters = new HashMap<>();
        universe.all().forEach(m -> clusters.put(m.conditionId(), new ClusterId(universe.clusterOf(m))));
        return build(start, end, bankroll, fills, tape, clusters, quotesSent,
                (market, token, t) -> universe.find(market).flatMap(m -> reference.at(m, token, t)));
    }

    /** The same report from what a store keeps of a run: clusters by market id, the reference by market id. */
    public static TruthReport build(Instant start, Instant end, Usd bankroll, List<Fill> fills, MarkTape tape,
            Map<ConditionId, ClusterId> clusters, long quotesSent, MarketReference reference) {
        Duration length = Duration.between(start, end);
        Duration bucket = length.compareTo(Duration.ofMinutes(10)) < 0 ? Duration.ofMinutes(1) : Duration.ofMinutes(5);
        TruthReportBuilder b = new TruthReportBuilder().session(start, end, bucket).bankroll(bankroll);
        List<FillMarkouts> markouts = new ArrayList<>();
        for (Fill f : fills) {
            b.fill(f, tape.at(f.token(), f.time()).or(() -> tape.after(f.token(), f.time())).orElse(null));
            Map<Horizon, Price> after = new EnumMap<>(Horizon.class);
            Map<Horizon, Price> hidden = new EnumMap<>(Horizon.class);
            for (Horizon h : Horizon.values()) {
                Instant t = f.time().plus(h.after());
                if (t.isAfter(end)) {
                    continue; // no look-ahead past the session
                }
                tape.after(f.token(), t).ifPresent(p -> after.put(h, p));
                reference.at(f.market(), f.token(), t).ifPresent(p -> hidden.put(h, p));
            }
            markouts.add(new FillMarkouts(f.key(), after, hidden));
        }
        return b.markouts(markouts).marks(tape.points()).endMarks(tape.last()).clusters(clusters)
                .quotes(quotesSent, null).build();
    }

    /** Writes the three files into {@code dir} (created if needed). */
    public static void write(TruthReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(JSON), TruthReportJson.render(report));
        Files.writeString(dir.resolve(HTML), TruthReportHtml.render(report));
        Files.writeString(dir.resolve(FILLS), FillLog.csv(report));
    }

    /**
     * Realized plus unrealized P&L of the positions, marked to the given mids: Σ realized +
     * Σ (size × mid − cost), in pUSD, rounded to the cent for display only.
     */
    public static BigDecimal pnl(List<Position> positions, Map<TokenId, Price> mids) {
        BigDecimal total = BigDecimal.ZERO;
        for (Position p : positions) {
            total = total.add(p.realizedPnl().toBigDecimal());
            Price mid = mids.get(p.token());
            if (mid != null && !p.size().isZero()) {
                total = total.add(p.size().toBigDecimal().multiply(mid.toBigDecimal()).subtract(p.cost().toBigDecimal()));
            }
        }
        return total.setScale(2, RoundingMode.HALF_EVEN);
    }
}
