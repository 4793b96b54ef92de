package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UserChannelLivenessTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-26T00:00:00Z"));
    private final FeedHealth feeds = new FeedHealth(clock);
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final AtomicLong pongs = new AtomicLong();
    private final AtomicLong opens = new AtomicLong(1);
    private final UserChannelLiveness liveness = new UserChannelLiveness(feeds, open::get, pongs::get, opens::get);

    @Test
    void aNewPong_countsAsHearingFromTheChannel() {
        liveness.run();
        clock.advance(Duration.ofSeconds(20));
        pongs.incrementAndGet();

        liveness.run();

        assertThat(feeds.userConnected()).isTrue();
        assertThat(feeds.userChannelAge()).isEqualTo(Duration.ZERO);
    }

    @Test
    void anOpenSocketWithoutNewPongs_letsTheSilenceGrow() {
        liveness.run();
        clock.advance(Duration.ofSeconds(20));

        liveness.run();

        assertThat(feeds.userChannelAge()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aClosedSocket_isDisconnected_evenIfPongsCameBefore() {
        pongs.incrementAndGet();
        liveness.run();
        open.set(false);
        pongs.incrementAndGet();

        liveness.run();

        assertThat(feeds.userConnected()).isFalse();
    }
}
