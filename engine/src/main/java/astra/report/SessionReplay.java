package astra.report;

import astra.domain.ClusterId;
import astra.domain.ConditionId;
import astra.domain.Liquidity;
import astra.domain.Micros;
import astra.domain.Position;
import astra.domain.TokenId;
import astra.domain.Usd;
import astra.portfolio.PositionLedger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays the fills in time order through {@link PositionLedger} (average cost) and marks the
 * positions at every bucket boundary. A fill at time t is in the equity of every boundary ≥ t
 * after the first; the first boundary (session start) is the bankroll by definition.
 *
 * <p>Exposure of a position is size × mark (the mark, not the cost), chosen once here and used
 * for every cluster figure.
 */
final class SessionReplay {
    private final Map<TokenId, Position> positions = new LinkedHashMap<>();
    private final Map<ClusterId, Usd> peakExposure = new HashMap<>();
    private final Map<TokenId, ClusterId> clusterOfToken = new HashMap<>();
    private final List<EquityPoint> curve = new ArrayList<>();
    private BigDecimal stressCost = BigDecimal.ZERO;

    private SessionReplay() {}

    static SessionReplay run(List<FillRecord> fillsInTimeOrder, BucketGrid grid, MarkTimeline marks, Usd bankroll,
            CostStress stress) {
        SessionReplay replay = new SessionReplay();
        int next = 0;
        for (int k = 0; k < grid.boundaries().size(); k++) {
            Instant t = grid.boundaries().get(k);
            if (k > 0) {
                while (next < fillsInTimeOrder.size() && !fillsInTimeOrder.get(next).fill().time().isAfter(t)) {
                    replay.apply(fillsInTimeOrder.get(next++), stress);
                }
            }
            replay.mark(t, marks, bankroll);
        }
        return replay;
    }

    private void apply(FillRecord r, CostStress stress) {
        TokenId token = r.fill().token();
        ConditionId market = r.fill().market();
        clusterOfToken.put(token, r.cluster());
        positions.put(token, PositionLedger.apply(positions.getOrDefault(token, Position.flat(market, token)), r.fill()));
        stressCost = stressCost.add(stressCost(r, stress));
    }

    /** The extra cost the Gate A stress charges one fill (see {@link CostStress}). */
    static BigDecimal stressCost(FillRecord r, CostStress stress) {
        if (r.fill().liquidity() == Liquidity.TAKER) {
            BigDecimal fee = r.fill().fee().toBigDecimal();
            return fee.multiply(stress.takerFeeMultiplier().subtract(BigDecimal.ONE))
                    .add(stress.takerCostPerShare().multiply(r.fill().size().toBigDecimal()));
        }
        return stress.makerEdgeHaircut().multiply(r.edgeUsd().max(BigDecimal.ZERO));
    }

    private void mark(Instant t, MarkTimeline marks, Usd bankroll) {
        Usd equity = bankroll;
        Map<ClusterId, Usd> exposure = new HashMap<>();
        for (Position p : positions.values()) {
            Usd value = value(p, marks.markAt(p.token(), t));
            equity = equity.plus(p.realizedPnl()).plus(value).minus(p.cost());
            exposure.merge(clusterOfToken.get(p.token()), value, Usd::plus);
        }
        exposure.forEach((c, e) -> peakExposure.merge(c, e, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        Usd stressed = equity.minus(new Usd(Micros.of(stressCost, RoundingMode.HALF_EVEN)));
        curve.add(new EquityPoint(t, equity, stressed));
    }

    static Usd value(Position p, astra.domain.Price mark) {
        if (p.size().isZero()) {
            return Usd.ZERO;
        }
        return new Usd(Micros.of(p.size().toBigDecimal().multiply(mark.toBigDecimal()), RoundingMode.HALF_EVEN));
    }

    List<EquityPoint> curve() {
        return List.copyOf(curve);
    }

    Map<TokenId, Position> positions() {
        return Map.copyOf(positions);
    }

    Map<ClusterId, Usd> peakExposure() {
        return Map.copyOf(peakExposure);
    }

    ClusterId clusterOf(TokenId token) {
        return clusterOfToken.get(token);
    }
}
