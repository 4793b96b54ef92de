package astra.simulator.world;

import astra.simulator.event.TradeEvent;
import astra.simulator.event.TradeStatus;
import astra.simulator.event.VenueEvent;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.Side;
import astra.simulator.matching.Trade;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takers' P&L against the hidden fair value at the moment of each trade (a markout at horizon 0
 * against ground truth), fees included, by kind of taker. Failed trades do not count.
 */
final class TakerEdges {
    /** Σ edge in micro-pUSD, Σ shares in micro-shares, and each trade's edge per share. */
    static final class Tally {
        long edgeMicros;
        long sharesMicros;
        final List<Double> perTrade = new ArrayList<>();

        double perShare() {
            return (double) edgeMicros / sharesMicros;
        }

        int trades() {
            return perTrade.size();
        }

        /** t-statistic of the mean per-trade edge per share against zero. */
        double tStatistic() {
            int n = perTrade.size();
            double mean = perTrade.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double var = perTrade.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (n - 1);
            return mean / Math.sqrt(var / n);
        }

        @Override
        public String toString() {
            return String.format("%d trades, %.5f per share, t=%.2f", trades(), perShare(), tStatistic());
        }
    }

    static Map<TraderKind, Tally> of(World world, List<VenueEvent> events) {
        Set<String> failed = new HashSet<>();
        for (VenueEvent e : events) {
            if (e instanceof TradeEvent t && t.status() == TradeStatus.FAILED) {
                failed.add(t.trade().tradeId());
            }
        }
        Map<TraderKind, Tally> out = new EnumMap<>(TraderKind.class);
        for (VenueEvent e : events) {
            if (e instanceof TradeEvent t && t.status() == TradeStatus.MATCHED && !failed.contains(t.trade().tradeId())) {
                Trade trade = t.trade();
                long edge = edge(world, trade);
                Tally tally = out.computeIfAbsent(TraderKind.of(trade.takerOwner()), k -> new Tally());
                tally.edgeMicros += edge;
                tally.sharesMicros += trade.sizeMicros();
                tally.perTrade.add((double) edge / trade.sizeMicros());
            }
        }
        return out;
    }

    /** Σ legs (value − price) × size − fee, where value is fair for YES and 1 − fair for NO. */
    private static long edge(World world, Trade trade) {
        if (trade.takerSide() != Side.BUY) {
            throw new IllegalStateException("world takers only buy: " + trade);
        }
        long fair = world.tape().fairMicros(trade.conditionId(), trade.matchTimeMillis());
        long value = trade.takerToken().equals(world.exchange().spec(trade.conditionId()).yesToken())
                ? fair : Amounts.ONE - fair;
        long edge = 0;
        for (MakerLeg leg : trade.makerLegs()) {
            edge += Math.multiplyExact(value - leg.takerPriceMicros(), leg.sizeMicros()) / Amounts.ONE;
        }
        return edge - trade.takerFeeMicros();
    }

    private TakerEdges() {}
}
