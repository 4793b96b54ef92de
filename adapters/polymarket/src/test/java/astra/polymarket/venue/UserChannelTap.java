package astra.polymarket.venue;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.OrderId;
import astra.polymarket.stream.Backoff;
import astra.polymarket.stream.Eventually;
import astra.polymarket.stream.StreamCounters;
import astra.polymarket.stream.StreamSettings;
import astra.polymarket.stream.UserStream;
import astra.polymarket.ws.OrderMessage;
import astra.polymarket.ws.TradeMessage;
import astra.polymarket.ws.UserChannelDecoder;
import astra.polymarket.ws.UserEvent;
import astra.polymarket.ws.WsMessage;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Our account's user channel on a {@link SimulatedVenue}: a {@link UserStream} subscribed with the
 * trader's credentials, every frame kept and decoded by {@link UserChannelDecoder} on demand.
 */
final class UserChannelTap implements AutoCloseable {
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    private final List<String> frames = new CopyOnWriteArrayList<>();
    private final UserStream stream;

    UserChannelTap(SimulatedVenue sim, List<String> conditionIds) {
        StreamSettings settings = new StreamSettings(sim.userChannel(), HttpClient.newHttpClient(), scheduler,
                new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 10), Duration.ofMillis(100),
                new SplittableRandom(3), sim.clock);
        stream = new UserStream(settings, SimulatedVenue.CREDENTIALS, conditionIds, frames::add);
    }

    /**
     * Connects and waits for a PONG: the venue reads a socket's messages in order, so once the
     * PING sent after the subscription is answered, the subscription is in force.
     */
    UserChannelTap start() {
        stream.start();
        Eventually.within(Duration.ofSeconds(10), () -> assertThat(stream.counters().pongs()).isPositive());
        return this;
    }

    /** Adds markets on the open connection ({@code operation: subscribe}), then waits until the venue has read it. */
    void subscribe(List<String> conditionIds) {
        stream.subscribe(conditionIds);
        awaitReadByVenue();
    }

    /** Removes markets on the open connection ({@code operation: unsubscribe}), then waits until the venue has read it. */
    void unsubscribe(List<String> conditionIds) {
        stream.unsubscribe(conditionIds);
        awaitReadByVenue();
    }

    StreamCounters counters() {
        return stream.counters();
    }

    /**
     * Waits for three more PONGs: pings go out every 100 ms on the same ordered send path, so at
     * least the last of them was sent after the operation, and the venue had read the operation
     * before answering it (with one ping at most in flight when this starts).
     */
    private void awaitReadByVenue() {
        long pongs = stream.counters().pongs();
        Eventually.within(Duration.ofSeconds(10), () -> assertThat(stream.counters().pongs()).isGreaterThanOrEqualTo(pongs + 3));
    }

    /** Every event received so far, decoded afresh, in arrival order. */
    List<UserEvent> events() {
        List<UserEvent> out = new ArrayList<>();
        UserChannelDecoder decoder = new UserChannelDecoder();
        for (String f : frames) {
            for (WsMessage m : decoder.decode(f)) {
                assertThat(m).as("decoded user frame " + f).isInstanceOf(UserEvent.class);
                out.add((UserEvent) m);
            }
        }
        return out;
    }

    List<OrderMessage> ordersOf(OrderId id) {
        return events().stream().filter(e -> e instanceof OrderMessage o && o.id().equals(id))
                .map(OrderMessage.class::cast).toList();
    }

    List<TradeMessage> trades() {
        return events().stream().filter(TradeMessage.class::isInstance).map(TradeMessage.class::cast).toList();
    }

    @Override
    public void close() {
        stream.close();
        scheduler.shutdownNow();
    }
}
