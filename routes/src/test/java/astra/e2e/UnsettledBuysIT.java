package astra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import astra.backtest.BacktestRun;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.runtime.CycleTrace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Buys the store holds from before the session (a restart) whose trades have not settled are not
 * sellable yet: the venue holds bought tokens until the trade is mined, so an ask for them would be
 * refused. The loop learns of them at start, not only from the fills the feeds hand it.
 */
class UnsettledBuysIT {
    private static final String WORLD = """
            run: {duration: 4m}
            markets: {standalone: 3, negRiskEvents: 0}
            closes: {standalone: 0, events: 0}
            ticks: {changes: 0}
            """;

    @TempDir
    Path temp;

    @Test
    @Timeout(120)
    void aBuyStillMatchedWhenTheSessionStarts_isNotCountedAsSellable() throws Exception {
        try (E2eBench bench = new E2eBench(temp, WORLD, 11L, Map.of(),
                E2eBench.properties("astra.decision.period-ms", "500"))) {
            List<Market> markets = List.copyOf(bench.world.universe().all());
            int n = 0;
            for (Market m : markets) {
                // Recorded before a restart; the venue has not mined the trade (it never will here).
                bench.store().recordFill(new Fill(FillKey.taker(new TradeId("before-" + n)),
                        new OrderId("0xbefore" + n), m.conditionId(), m.yesToken(), Side.BUY, Price.parse("0.50"),
                        Shares.whole(20), Liquidity.TAKER, Usd.ZERO, TradeStatus.MATCHED, bench.world.clock().instant()));
                n++;
            }
            BacktestRun run = bench.run("unsettled", v -> { });
            run.start();
            // The first cycle that quotes, before any order of this session could fill.
            List<CycleTrace.Quoted> quoted = new ArrayList<>();
            for (int i = 0; i < 40 && quoted.isEmpty(); i++) {
                run.step().cycle().ifPresent(c -> quoted.addAll(c.plans().values()));
            }
            assertThat(bench.store().fills()).as("no fill of this session yet").hasSize(markets.size());
            run.stop("end of test");

            assertThat(quoted).as("a cycle quoted").isNotEmpty();
            assertThat(quoted).allSatisfy(q -> assertThat(q.inventory().yesTokens())
                    .as("20 YES held, none released by the venue yet").isEqualTo(Shares.ZERO));
        }
    }
}
