package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.backtest.Part;
import astra.polymarket.ws.MarketChannelDecoder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineBenchTest {

    @Test
    void perFrameSamples_divideEachBlocksTimeByItsOwnFrames() {
        // block 1: 1,000 ns over 10 frames = 100 ns/frame; block 2: 900 ns over 3 frames = 300 ns/frame
        List<PipelineBench.Block> blocks = List.of(new PipelineBench.Block(10, 20, 50, Map.of(Part.CYCLE, 1_000L)),
                new PipelineBench.Block(3, 6, 30, Map.of(Part.CYCLE, 900L)));

        Samples s = PipelineBench.perOp(blocks, PipelineBench.Block::oursNanos, PipelineBench.Block::frames);

        assertThat(s.min()).isEqualTo(100);
        assertThat(s.max()).isEqualTo(300);
        // per event: 1,000 / 20 = 50, 900 / 6 = 150 -> median (50 + 150) / 2 = 100
        assertThat(PipelineBench.perOp(blocks, PipelineBench.Block::oursNanos, PipelineBench.Block::events).median())
                .isEqualTo(100);
    }

    @Test
    void aBlockWithoutWork_isRefusedRatherThanDividedByZero() {
        List<PipelineBench.Block> blocks = List.of(new PipelineBench.Block(0, 0, 0, Map.of(Part.CYCLE, 1_000L)));

        assertThatThrownBy(() -> PipelineBench.perOp(blocks, PipelineBench.Block::oursNanos, PipelineBench.Block::frames))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no operation");
    }

    @Test
    void partsPerEvent_areMeansOverAllBlocks_withoutTheCycleLeavesOutTheCycleAndItsOrders_theOwnPathIsFeedAndMoves() {
        // 30 events in all: the cycle 3,000 + 600 ns, its orders 300, the market feed 60 + 30, book moves 90,
        // the user feed 150
        List<PipelineBench.Block> blocks = List.of(
                new PipelineBench.Block(10, 20, 0, Map.of(Part.CYCLE, 3_000L, Part.CYCLE_ORDERS, 300L,
                        Part.MARKET_FEED, 60L, Part.BOOK_MOVES, 90L, Part.USER_FEED, 150L)),
                new PipelineBench.Block(5, 10, 0, Map.of(Part.CYCLE, 600L, Part.MARKET_FEED, 30L)));

        Map<Part, Double> mean = PipelineBench.meanPerOp(blocks, PipelineBench.Block::events);

        assertThat(mean).containsEntry(Part.CYCLE, 120.0).containsEntry(Part.CYCLE_ORDERS, 10.0)
                .containsEntry(Part.MARKET_FEED, 3.0).containsEntry(Part.BOOK_MOVES, 3.0)
                .containsEntry(Part.USER_FEED, 5.0);
        assertThat(PipelineBench.withoutCycle(mean)).isEqualTo(11.0);
        assertThat(PipelineBench.ownPath(mean)).isEqualTo(6.0);
        assertThat(PipelineBench.ownPath(Map.of(Part.CYCLE, 5.0, Part.USER_FEED, 2.0))).isZero();
        assertThatThrownBy(() -> PipelineBench.meanPerOp(List.of(new PipelineBench.Block(0, 0, 0, Map.of())),
                PipelineBench.Block::events)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void marketEvents_countEveryEventOfAnArrayFrame_andNotControlFrames() {
        String cond = "0x" + "ab".repeat(32);
        String book = "{\"event_type\":\"book\",\"market\":\"" + cond + "\",\"asset_id\":\"123\",\"bids\":[],"
                + "\"asks\":[],\"timestamp\":\"1757908892351\",\"hash\":\"h\"}";
        String trade = "{\"event_type\":\"last_trade_price\",\"market\":\"" + cond + "\",\"asset_id\":\"123\","
                + "\"price\":\"0.5\",\"size\":\"10\",\"side\":\"BUY\",\"fee_rate_bps\":\"0\",\"timestamp\":\"1757908892351\"}";

        // two events in one array frame, one in another, and a PONG that is no event: 3
        assertThat(PipelineBench.marketEvents(new MarketChannelDecoder(), List.of("[" + book + "," + trade + "]", book,
                "PONG"))).isEqualTo(3);
    }
}
