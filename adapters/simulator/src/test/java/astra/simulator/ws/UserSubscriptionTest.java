package astra.simulator.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserSubscriptionTest {

    @Test
    void listedMarkets_growAndShrinkWithLaterOperations() {
        UserSubscription sub = UserSubscription.of("key", List.of("0xa"));

        UserSubscription more = sub.subscribe(List.of("0xb"));
        UserSubscription less = more.unsubscribe(List.of("0xa"));

        assertThat(sub.wants("0xb")).isFalse();
        assertThat(more.wants("0xa")).isTrue();
        assertThat(more.wants("0xb")).isTrue();
        assertThat(less.wants("0xa")).isFalse();
        assertThat(less.wants("0xb")).isTrue();
    }

    @Test
    void unsubscribingEveryListedMarket_deliversNothing_ratherThanEverything() {
        UserSubscription none = UserSubscription.of("key", List.of("0xa")).unsubscribe(List.of("0xa"));

        assertThat(none.wants("0xa")).isFalse();
        assertThat(none.wants("0xz")).isFalse();
    }

    @Test
    void everyMarketSubscription_honoursAnUnsubscribe_untilTheMarketIsSubscribedAgain() {
        UserSubscription all = UserSubscription.of("key", List.of());
        UserSubscription withoutA = all.unsubscribe(List.of("0xa"));
        UserSubscription back = withoutA.subscribe(List.of("0xa"));

        assertThat(all.wants("0xa")).isTrue();
        assertThat(withoutA.wants("0xa")).isFalse();
        assertThat(withoutA.wants("0xz")).isTrue();
        assertThat(back.wants("0xa")).isTrue();
    }
}
