package astra.polymarket.stream;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.auth.ApiCredentials;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserStreamMessagesTest {
    private final ApiCredentials credentials = new ApiCredentials("k-1", "c2VjcmV0", "p-1");

    @Test
    void subscription_authenticatesAndNamesTheMarketsInTheVenueShape() {
        assertThat(UserStream.subscription(credentials, List.of("0xc1", "0xc2"))).isEqualTo(
                "{\"auth\":{\"apiKey\":\"k-1\",\"secret\":\"c2VjcmV0\",\"passphrase\":\"p-1\"},"
                        + "\"markets\":[\"0xc1\",\"0xc2\"],\"type\":\"user\"}");
    }

    @Test
    void laterChanges_carryNoCredentials() {
        assertThat(UserStream.operation("unsubscribe", List.of("0xc1")))
                .isEqualTo("{\"markets\":[\"0xc1\"],\"operation\":\"unsubscribe\"}");
    }
}
