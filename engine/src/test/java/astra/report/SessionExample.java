package astra.report;

import astra.domain.ClusterId;
import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A four-minute session with per-minute buckets, worked by hand once here and asserted in several
 * tests. Bankroll 1000. Markets M1 and M2 are in cluster E1, M3 in cluster E2.
 *
 * <pre>
 * f1 00:00:30 M1/Y1 BUY  100 @ 0.40 MAKER fee 0    mid 0.42  edge +0.02/sh = +2.00
 * f2 00:01:30 M1/Y1 SELL  50 @ 0.46 MAKER fee 0    mid 0.45  edge −(0.45−0.46) = +0.01/sh = +0.50
 * f3 00:02:30 M3/Y3 BUY   20 @ 0.60 TAKER fee 0.20 mid 0.58  edge −0.02/sh = −0.40
 * f4 00:03:30 M2/Y2 BUY   10 @ 0.30 MAKER FAILED             (excluded everywhere)
 * f5 00:03:40 M2/Y2 BUY   10 @ 0.30 MAKER fee 0    mid 0.31  edge +0.01/sh = +0.10
 * marks: 00:01 Y1 0.43; 00:02 Y1 0.47; 00:03 Y1 0.44, Y3 0.59; end (00:04) Y1 0.45, Y2 0.32, Y3 0.55
 * 2m mids after: f1 0.41 (markout +0.01), f2 0.47 (−0.01), f3 0.57 (−0.03), f5 none (session ended);
 * reference (hidden fair value) after 2m: f1 0.43 (+0.03)
 * quotes sent 10, assumed fill rate 0.25; maker orders filled: f1, f2, f5 → 3 of 10
 * </pre>
 */
final class SessionExample {
    static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    static final Instant END = START.plus(Duration.ofMinutes(4));
    static final ConditionId M1 = new ConditionId("0xm1");
    static final ConditionId M2 = new ConditionId("0xm2");
    static final ConditionId M3 = new ConditionId("0xm3");
    static final TokenId Y1 = new TokenId("101");
    static final TokenId Y2 = new TokenId("202");
    static final TokenId Y3 = new TokenId("303");
    static final ClusterId E1 = new ClusterId("E1");
    static final ClusterId E2 = new ClusterId("E2");

    private SessionExample() {}

    static Fill fill(String id, ConditionId market, TokenId token, Side side, String size, String price,
            Liquidity liquidity, String fee, TradeStatus status, Instant time) {
        OrderId order = new OrderId("0xorder-" + id);
        FillKey key = liquidity == Liquidity.MAKER ? FillKey.maker(new TradeId("t-" + id), order)
                : FillKey.taker(new TradeId("t-" + id));
        return new Fill(key, order, market, token, side, Price.parse(price), Shares.parse(size), liquidity,
                Usd.parse(fee), status, time);
    }

    static Instant at(String hhmmss) {
        return Instant.parse("2026-05-01T" + hhmmss + "Z");
    }

    static final Fill F1 = fill("1", M1, Y1, Side.BUY, "100", "0.40", Liquidity.MAKER, "0", TradeStatus.CONFIRMED, at("00:00:30"));
    static final Fill F2 = fill("2", M1, Y1, Side.SELL, "50", "0.46", Liquidity.MAKER, "0", TradeStatus.CONFIRMED, at("00:01:30"));
    static final Fill F3 = fill("3", M3, Y3, Side.BUY, "20", "0.60", Liquidity.TAKER, "0.20", TradeStatus.MINED, at("00:02:30"));
    static final Fill F4 = fill("4", M2, Y2, Side.BUY, "10", "0.30", Liquidity.MAKER, "0", TradeStatus.FAILED, at("00:03:30"));
    static final Fill F5 = fill("5", M2, Y2, Side.BUY, "10", "0.30", Liquidity.MAKER, "0", TradeStatus.MATCHED, at("00:03:40"));

    static TruthReportBuilder builder() {
        return new TruthReportBuilder()
                .session(START, END, Duration.ofMinutes(1))
                .bankroll(Usd.parse("1000"))
                .fill(F1, Price.parse("0.42"))
                .fill(F2, Price.parse("0.45"))
                .fill(F3, Price.parse("0.58"))
                .fill(F4, null)
                .fill(F5, Price.parse("0.31"))
                .markouts(List.of(
                        new FillMarkouts(F1.key(), Map.of(Horizon.M2, Price.parse("0.41")),
                                Map.of(Horizon.M2, Price.parse("0.43"))),
                        FillMarkouts.ofMids(F2.key(), Map.of(Horizon.M2, Price.parse("0.47"))),
                        FillMarkouts.ofMids(F3.key(), Map.of(Horizon.M2, Price.parse("0.57")))))
                .marks(List.of(
                        new MarkSnapshot(at("00:01:00"), Map.of(Y1, Price.parse("0.43"))),
                        new MarkSnapshot(at("00:02:00"), Map.of(Y1, Price.parse("0.47"))),
                        new MarkSnapshot(at("00:03:00"), Map.of(Y1, Price.parse("0.44"), Y3, Price.parse("0.59")))))
                .endMarks(Map.of(Y1, Price.parse("0.45"), Y2, Price.parse("0.32"), Y3, Price.parse("0.55")))
                .clusters(Map.of(M1, E1, M2, E1, M3, E2))
                .quotes(10, new BigDecimal("0.25"));
    }

    static TruthReport report() {
        return builder().build();
    }
}
