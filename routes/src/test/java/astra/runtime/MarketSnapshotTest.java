package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Price;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A snapshot keeps a map the feed handed over as it is, and copies anyone else's. */
class MarketSnapshotTest {
    private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");
    private static final TokenId YES = new TokenId("1");

    @Test
    void aCallersMap_isCopied_soChangingItLaterLeavesTheSnapshotAsItWas() {
        Map<TokenId, Price> trades = new HashMap<>(Map.of(YES, Price.parse("0.5")));
        MarketSnapshot snapshot = new MarketSnapshot(AT, Map.of(), trades, List.of());

        trades.put(YES, Price.parse("0.9"));

        assertThat(snapshot.lastTrade(YES)).contains(Price.parse("0.5"));
    }

    @Test
    void aHandedOverMap_isKeptAsItIs() {
        Map<TokenId, Instant> updatedAt = HandedOverMap.of(new HashMap<>(Map.of(YES, AT)));

        MarketSnapshot snapshot = new MarketSnapshot(AT, Map.of(), Map.of(), List.of(), updatedAt, Instant.EPOCH);

        assertThat(snapshot.bookUpdatedAt()).isSameAs(updatedAt);
        assertThat(snapshot.bookUpdatedAt(YES)).contains(AT);
    }
}
