package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.Price;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.ports.RunRecords.ReferenceMark;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecordedReferenceTest {
    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");
    private static final TokenId YES = new TokenId("1001");
    private static final TokenId NO = new TokenId("1002");
    private static final Market MARKET = new Market(new ConditionId("0xc0"), YES, NO, false, Optional.empty(),
            TickSize.HUNDREDTH, Shares.whole(5), FeeSchedule.none(), ProtocolVersion.V2,
            MarketClocks.closingAt(Instant.parse("2026-12-31T00:00:00Z")));

    /** A venue that knows YES = 0.42 (so NO = 0.58) until T0 + 60 s, and nothing after. */
    private final AtomicInteger asked = new AtomicInteger();
    private final SessionReport.Reference venue = (market, token, at) -> {
        asked.incrementAndGet();
        if (at.isAfter(T0.plusSeconds(60))) {
            return Optional.empty();
        }
        return Optional.of(token.equals(YES) ? Price.parse("0.42") : Price.parse("0.58"));
    };

    @Test
    void answers_areThoseTheVenueGave_eachOnce_inTheOrderFirstAsked() {
        RecordedReference recorded = new RecordedReference(venue);

        assertThat(recorded.at(MARKET, YES, T0.plusSeconds(30))).contains(Price.parse("0.42"));
        assertThat(recorded.at(MARKET, NO, T0.plusSeconds(30))).contains(Price.parse("0.58"));
        assertThat(recorded.at(MARKET, YES, T0.plusSeconds(30))).contains(Price.parse("0.42"));

        assertThat(recorded.answers()).containsExactly(
                new ReferenceMark(MARKET.conditionId(), YES, T0.plusSeconds(30), Price.parse("0.42")),
                new ReferenceMark(MARKET.conditionId(), NO, T0.plusSeconds(30), Price.parse("0.58")));
        assertThat(asked).as("a repeated question is answered from memory").hasValue(2);
    }

    @Test
    void aQuestionTheVenueCouldNotAnswer_isNotKept_soTheRebuildLeavesItUnansweredToo() {
        RecordedReference recorded = new RecordedReference(venue);

        assertThat(recorded.at(MARKET, YES, T0.plusSeconds(600))).isEmpty();

        assertThat(recorded.answers()).isEmpty();
    }
}
