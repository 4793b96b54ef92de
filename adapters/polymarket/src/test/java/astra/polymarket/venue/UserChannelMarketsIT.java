package astra.polymarket.venue;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.polymarket.stream.Eventually;
import astra.polymarket.ws.OrderEventType;
import astra.polymarket.ws.OrderMessage;
import astra.ports.PreparedOrder;
import astra.ports.SubmitOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The user channel's markets changed while connected, as {@link astra.polymarket.stream.UserStream}
 * does it: {@code {"markets": [...], "operation": ...}} on the authenticated socket, without auth.
 * The socket stays up and the account's messages follow the new set of markets.
 */
@Timeout(60)
class UserChannelMarketsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final SimulatedVenue sim = new SimulatedVenue();
    private final PolymarketVenue venue = sim.venue();
    private final List<Market> plain = sim.markets().stream().filter(m -> !m.negRisk())
            .map(m -> sim.catalog.require(new ConditionId(m.conditionId()))).toList();
    private final Market first = plain.get(0);
    private final Market second = plain.get(1);
    private final UserChannelTap user = new UserChannelTap(sim, List.of(first.conditionId().value())).start();
    private int ids;

    @AfterEach
    void stop() {
        user.close();
        sim.close();
    }

    @Test
    void marketsAddedAndRemovedWhileConnected_changeWhatTheChannelSends_onTheSameConnection() {
        PreparedOrder before = restingBuy(second);
        user.subscribe(List.of(second.conditionId().value()));
        PreparedOrder added = restingBuy(second);
        Eventually.within(WAIT, () -> assertThat(user.ordersOf(added.venueId())).extracting(OrderMessage::type)
                .containsExactly(OrderEventType.PLACEMENT));
        assertThat(user.ordersOf(before.venueId())).as("placed before the market was added").isEmpty();

        user.unsubscribe(List.of(first.conditionId().value()));
        PreparedOrder dropped = restingBuy(first);
        PreparedOrder kept = restingBuy(second);
        // The venue handles orders one after the other and writes a socket's messages in order:
        // once the later order's placement is here, the earlier one's would be too, had it been sent.
        Eventually.within(WAIT, () -> assertThat(user.ordersOf(kept.venueId())).isNotEmpty());
        assertThat(user.ordersOf(dropped.venueId())).as("placed after its market was removed").isEmpty();

        assertThat(user.counters().opens()).isEqualTo(1);
        assertThat(user.counters().drops()).isZero();
    }

    /** A post-only bid at 0.01: far below the crowd's bids, it rests and is only reported as placed. */
    private PreparedOrder restingBuy(Market m) {
        PreparedOrder p = venue.prepare(new OrderIntent(new ClientOrderId("markets-it-" + ++ids), m.conditionId(),
                m.yesToken(), Side.BUY, Price.parse("0.01"), Shares.whole(10), m.tickSize(), OrderType.GTC, true,
                Optional.empty(), "it"));
        assertThat(venue.submit(List.of(p))).containsExactly(new SubmitOutcome.Accepted(p.venueId(), false));
        return p;
    }
}
