package astra.report;

import astra.domain.Usd;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The report as JSON, for machines. Field names are stable (schema {@value #SCHEMA}); every
 * amount and statistic is a decimal string (amounts exact to the micro, statistics at 16
 * significant digits) so no reader parses money into a double; an undefined statistic is
 * {@code null}; times are ISO-8601 instants, durations seconds.
 *
 * <p>Top level: {@code schema, session{start,end,durationSeconds,bucketSeconds,bucketsPerYear,
 * bankroll}, fills{counted,failedExcluded}, pnl{realized,unrealized,total}, maker, taker}
 * (each {@code fills,volume,notional,fees,edge,drift,pnl,meanEdgePerShare,medianEdgePerShare,
 * markouts{30s,2m,10m}, referenceMarkouts{…}}, a markout being {@code count,mean,median,stdev,
 * tStat,totalUsd}), {@code concentration{top5Share,maxClusterPnlShare,clustersTraded,markets[],
 * clusters[]}, equityCurve[{time,equity,stressedEquity}], performance, stressedPerformance}
 * (each {@code buckets,meanReturn,stdevReturn,sharpe,maxDrawdown,totalReturn,annualizedReturn,
 * calmar,equityExhausted,returns[]}), {@code costStress, fillRate{quotesSent,quotesFilled,actual,
 * assumed,deviation}, gates[{name,purpose,verdict,criteria[{criterion,measured,threshold,
 * verdict}]}], warnings[]}. Per-fill rows are in the CSV fill log, not here.
 */
public final class TruthReportJson {
    public static final String SCHEMA = "astra.truth-report/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TruthReportJson() {}

    public static String render(TruthReport r) {
        try {
            return MAPPER.writeValueAsString(tree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the report as JSON", e);
        }
    }

    static ObjectNode tree(TruthReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ObjectNode session = root.putObject("session");
        session.put("start", r.start().toString());
        session.put("end", r.end().toString());
        session.put("durationSeconds", r.duration().getSeconds());
        session.put("bucketSeconds", r.bucket().getSeconds());
        session.put("bucketsPerYear", dec(r.bucketsPerYear()));
        session.put("bankroll", usd(r.bankroll()));
        ObjectNode fills = root.putObject("fills");
        fills.put("counted", r.fillsCounted());
        fills.put("failedExcluded", r.fillsFailedExcluded());
        ObjectNode pnl = root.putObject("pnl");
        pnl.put("realized", usd(r.realizedPnl()));
        pnl.put("unrealized", usd(r.unrealizedPnl()));
        pnl.put("total", usd(r.totalPnl()));
        root.set("maker", liquidity(r.maker()));
        root.set("taker", liquidity(r.taker()));
        root.set("concentration", concentration(r.concentration()));
        ArrayNode curve = root.putArray("equityCurve");
        r.equityCurve().forEach(p -> curve.addObject().put("time", p.time().toString())
                .put("equity", usd(p.equity())).put("stressedEquity", usd(p.stressedEquity())));
        root.set("performance", performance(r.performance()));
        root.set("stressedPerformance", performance(r.stressedPerformance()));
        ObjectNode stress = root.putObject("costStress");
        stress.put("takerFeeMultiplier", dec(r.costStress().takerFeeMultiplier()));
        stress.put("takerCostPerShare", dec(r.costStress().takerCostPerShare()));
        stress.put("makerEdgeHaircut", dec(r.costStress().makerEdgeHaircut()));
        ObjectNode rate = root.putObject("fillRate");
        rate.put("quotesSent", r.fillRate().quotesSent());
        rate.put("quotesFilled", r.fillRate().quotesFilled());
        rate.put("actual", dec(r.fillRate().actual()));
        rate.put("assumed", dec(r.fillRate().assumed()));
        rate.put("deviation", dec(r.fillRate().deviation()));
        ArrayNode gates = root.putArray("gates");
        for (Gate g : r.gates()) {
            ObjectNode gate = gates.addObject().put("name", g.name()).put("purpose", g.purpose())
                    .put("verdict", g.verdict().name());
            ArrayNode criteria = gate.putArray("criteria");
            g.criteria().forEach(c -> criteria.addObject().put("criterion", c.criterion()).put("measured", c.measured())
                    .put("threshold", c.threshold()).put("verdict", c.verdict().name()));
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }

    private static ObjectNode liquidity(LiquidityBreakdown b) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("fills", b.fills());
        n.put("volume", b.volume().toString());
        n.put("notional", usd(b.notional()));
        n.put("fees", usd(b.fees()));
        n.put("edge", usd(b.edge()));
        n.put("drift", usd(b.drift()));
        n.put("pnl", usd(b.pnl()));
        n.put("meanEdgePerShare", dec(b.meanEdgePerShare()));
        n.put("medianEdgePerShare", dec(b.medianEdgePerShare()));
        n.set("markouts", markouts(b.markouts()));
        n.set("referenceMarkouts", markouts(b.referenceMarkouts()));
        return n;
    }

    private static ObjectNode markouts(Map<Horizon, MarkoutSummary> byHorizon) {
        ObjectNode n = MAPPER.createObjectNode();
        for (Horizon h : Horizon.values()) {
            MarkoutSummary m = byHorizon.get(h);
            n.putObject(h.label()).put("count", m.count()).put("mean", dec(m.mean())).put("median", dec(m.median()))
                    .put("stdev", dec(m.stdev())).put("tStat", dec(m.tStat())).put("totalUsd", dec(m.totalUsd()));
        }
        return n;
    }

    private static ObjectNode concentration(Concentration c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("top5Share", dec(c.top5Share()));
        n.put("maxClusterPnlShare", dec(c.maxClusterPnlShare()));
        n.put("clustersTraded", c.clustersTraded());
        ArrayNode markets = n.putArray("markets");
        c.markets().forEach(m -> markets.addObject().put("market", m.market().value()).put("cluster", m.cluster().value())
                .put("fills", m.fills()).put("realized", usd(m.realized())).put("unrealized", usd(m.unrealized()))
                .put("total", usd(m.total())));
        ArrayNode clusters = n.putArray("clusters");
        c.clusters().forEach(k -> clusters.addObject().put("cluster", k.cluster().value()).put("markets", k.markets())
                .put("fills", k.fills()).put("exposureAtEnd", usd(k.exposureAtEnd()))
                .put("peakExposure", usd(k.peakExposure())).put("pnl", usd(k.pnl()))
                .put("pnlShare", dec(k.pnlShare())));
        return n;
    }

    private static ObjectNode performance(Performance p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("buckets", p.buckets());
        n.put("meanReturn", dec(p.meanReturn()));
        n.put("stdevReturn", dec(p.stdevReturn()));
        n.put("sharpe", dec(p.sharpe()));
        n.put("maxDrawdown", dec(p.maxDrawdown()));
        n.put("totalReturn", dec(p.totalReturn()));
        n.put("annualizedReturn", dec(p.annualizedReturn()));
        n.put("calmar", dec(p.calmar()));
        n.put("equityExhausted", p.equityExhausted());
        ArrayNode returns = n.putArray("returns");
        p.returns().forEach(x -> returns.add(dec(x)));
        return n;
    }

    private static String usd(Usd amount) {
        return amount.toString();
    }

    private static String dec(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }

    private static String dec(Optional<BigDecimal> x) {
        return x.map(TruthReportJson::dec).orElse(null);
    }
}
