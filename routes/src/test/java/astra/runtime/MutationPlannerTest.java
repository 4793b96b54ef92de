package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.domain.FeeSchedule;
import astra.execution.firewall.OrderPermissions;
import astra.execution.firewall.OrderRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MutationPlannerTest {
    private static final Market MARKET = new Market(new ConditionId("0xm"), new TokenId("1"), new TokenId("2"), false,
            Optional.empty(), TickSize.HUNDREDTH, Shares.whole(5),
            new FeeSchedule.Curve(new BigDecimal("0.03"), 1, BigDecimal.ZERO, true), ProtocolVersion.V2,
            MarketClocks.closingAt(Instant.parse("2027-01-01T00:00:00Z")));

    private static OrderRequest order(String id) {
        return new OrderRequest(new OrderIntent(new ClientOrderId(id), MARKET.conditionId(), MARKET.yesToken(),
                Side.BUY, Price.parse("0.40"), Shares.whole(5), TickSize.HUNDREDTH, OrderType.GTC, true,
                Optional.empty(), "test"), MARKET, OrderPermissions.ALL);
    }

    private static ClientOrderId id(String id) {
        return new ClientOrderId(id);
    }

    private static MutationPlanner.Requote requote(String old, String fresh, long drift) {
        return new MutationPlanner.Requote(id(old), order(fresh), drift);
    }

    @Test
    void riskCancelsGoFirst_evenBeyondWhatIsLeft() {
        MutationPlanner.Plan plan = MutationPlanner.plan(List.of(id("a"), id("b"), id("c")), List.of(),
                List.of(requote("r", "r2", 5)), List.of(order("p")), 2, 0);

        assertThat(plan.cancels()).containsExactly(id("a"), id("b"), id("c"));
        assertThat(plan.orders()).isEmpty();
        assertThat(plan.deferred()).isEqualTo(2);
    }

    @Test
    void stalestRequotesGoBeforeEmptySlots_eachWholeOrNotAtAll() {
        // 5 left, 1 reserved: room 4 = two requotes (2 each); the 1-tick one and the post wait.
        MutationPlanner.Plan plan = MutationPlanner.plan(List.of(), List.of(),
                List.of(requote("small", "small2", 3), requote("big", "big2", 9), requote("mid", "mid2", 5)),
                List.of(order("p")), 5, 1);

        assertThat(plan.cancels()).containsExactly(id("big"), id("mid"));
        assertThat(plan.orders()).extracting(r -> r.intent().clientOrderId()).containsExactly(id("big2"), id("mid2"));
        assertThat(plan.deferred()).isEqualTo(2);
    }

    @Test
    void aRequoteThatDoesNotFitWhole_leavesRoomForAPost() {
        // room 1: the requote (2) does not fit, so its resting order stays; the empty slot gets its post.
        MutationPlanner.Plan plan = MutationPlanner.plan(List.of(), List.of(), List.of(requote("r", "r2", 4)),
                List.of(order("p")), 1, 0);

        assertThat(plan.cancels()).isEmpty();
        assertThat(plan.orders()).extracting(r -> r.intent().clientOrderId()).containsExactly(id("p"));
    }

    @Test
    void urgentOrdersGoAfterRiskCancels_andUseTheReserve() {
        MutationPlanner.Plan plan = MutationPlanner.plan(List.of(id("a")), List.of(order("sat")), List.of(),
                List.of(order("p")), 2, 5);

        assertThat(plan.cancels()).containsExactly(id("a"));
        assertThat(plan.orders()).extracting(r -> r.intent().clientOrderId()).containsExactly(id("sat"));
        assertThat(plan.deferred()).isEqualTo(1);
    }

    @Test
    void pacedAllowance_limitsRequotesAndPosts_butNeverTheRiskCancels() {
        // 50 left, 1 reserved, paced to 3: two risk cancels go, then one requote (2) and one post (1).
        MutationPlanner.Plan plan = MutationPlanner.plan(List.of(id("a"), id("b")), List.of(),
                List.of(requote("big", "big2", 9), requote("mid", "mid2", 5)), List.of(order("p"), order("q")), 50, 1, 3);

        assertThat(plan.cancels()).containsExactly(id("a"), id("b"), id("big"));
        assertThat(plan.orders()).extracting(r -> r.intent().clientOrderId()).containsExactly(id("big2"), id("p"));
        assertThat(plan.deferred()).isEqualTo(2);
    }
}
