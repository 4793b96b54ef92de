package astra.report;

import astra.domain.Liquidity;
import astra.domain.Micros;
import astra.domain.Shares;
import astra.domain.TokenId;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the report says about one kind of liquidity (our maker fills, or our taker fills).
 *
 * <p>P&L attribution: a fill's contribution to the session's P&L is
 * sign × (end mark − fill price) × size − fee, and these contributions add up exactly to realized
 * plus unrealized P&L (cash flows plus final holdings at the end marks). It splits into
 * {@code edge} (sign × (mid at fill − price) × size: the spread earned or paid at the moment),
 * {@code drift} (sign × (end mark − mid at fill) × size: what the market did to the fill
 * afterwards, adverse selection and inventory moves) and {@code fees}. Each amount is exact until
 * it is rounded half-even to a micro here, so maker + taker may differ from the ledger's total by
 * a micro per amount when prices are finer than the venue's ticks.
 */
public record LiquidityBreakdown(
        Liquidity liquidity,
        int fills,
        Shares volume,
        Usd notional,
        Usd fees,
        Usd edge,
        Usd drift,
        Usd pnl,
        Optional<BigDecimal> meanEdgePerShare,
        Optional<BigDecimal> medianEdgePerShare,
        Map<Horizon, MarkoutSummary> markouts,
        Map<Horizon, MarkoutSummary> referenceMarkouts) {

    public LiquidityBreakdown {
        markouts = Map.copyOf(markouts);
        referenceMarkouts = Map.copyOf(referenceMarkouts);
    }

    static LiquidityBreakdown of(Liquidity liquidity, List<FillRecord> all, Function<TokenId, BigDecimal> endMark) {
        List<FillRecord> mine = all.stream().filter(r -> r.fill().liquidity() == liquidity).toList();
        Shares volume = Shares.ZERO;
        BigDecimal notional = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal edge = BigDecimal.ZERO;
        BigDecimal drift = BigDecimal.ZERO;
        List<BigDecimal> edges = new ArrayList<>();
        for (FillRecord r : mine) {
            BigDecimal size = r.fill().size().toBigDecimal();
            volume = volume.plus(r.fill().size());
            notional = notional.add(r.fill().price().toBigDecimal().multiply(size));
            fees = fees.add(r.fill().fee().toBigDecimal());
            edge = edge.add(r.edgeUsd());
            BigDecimal sign = BigDecimal.valueOf(r.fill().side().sign());
            drift = drift.add(sign.multiply(endMark.apply(r.fill().token()).subtract(r.midAtFill().toBigDecimal()))
                    .multiply(size));
            edges.add(r.edgePerShare());
        }
        return new LiquidityBreakdown(liquidity, mine.size(), volume, usd(notional), usd(fees), usd(edge),
                usd(drift), usd(edge.add(drift).subtract(fees)), Stats.mean(edges), Stats.median(edges),
                summaries(mine, FillRecord::markoutPerShare), summaries(mine, FillRecord::referenceMarkoutPerShare));
    }

    private static Map<Horizon, MarkoutSummary> summaries(
            List<FillRecord> fills, Function<FillRecord, Map<Horizon, BigDecimal>> perShare) {
        Map<Horizon, MarkoutSummary> out = new EnumMap<>(Horizon.class);
        for (Horizon h : Horizon.values()) {
            List<BigDecimal> values = new ArrayList<>();
            BigDecimal usd = BigDecimal.ZERO;
            for (FillRecord r : fills) {
                BigDecimal m = perShare.apply(r).get(h);
                if (m != null) {
                    values.add(m);
                    usd = usd.add(m.multiply(r.fill().size().toBigDecimal()));
                }
            }
            out.put(h, MarkoutSummary.of(values, usd));
        }
        return out;
    }

    static Usd usd(BigDecimal exact) {
        return new Usd(Micros.of(exact, RoundingMode.HALF_EVEN));
    }
}
