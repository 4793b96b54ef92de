package astra.polymarket.venue;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.OrderId;
import astra.polymarket.clob.MalformedAnswerException;
import astra.polymarket.clob.PostOrderResult;
import astra.polymarket.clob.VenueOrderStatus;
import astra.polymarket.rest.VenueErrorKind;
import astra.polymarket.rest.VenueException;
import astra.ports.SubmitOutcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubmitAnswersTest {
    private static final OrderId OURS = new OrderId("0xabc");

    @Test
    void matchedStatus_isAcceptedAndMatchedOnEntry_liveIsNot() {
        assertThat(SubmitAnswers.of(OURS, accepted("0xABC", VenueOrderStatus.MATCHED)))
                .isEqualTo(new SubmitOutcome.Accepted(OURS, true));
        assertThat(SubmitAnswers.of(OURS, accepted("0xabc", VenueOrderStatus.LIVE)))
                .isEqualTo(new SubmitOutcome.Accepted(OURS, false));
    }

    @Test
    void refusal_isRejectedWithTheVenuesMessage() {
        PostOrderResult refused = new PostOrderResult(false, Optional.of("not enough balance / allowance"),
                Optional.empty(), Optional.empty(), BigDecimal.ZERO, BigDecimal.ZERO);

        assertThat(SubmitAnswers.of(OURS, refused))
                .isEqualTo(new SubmitOutcome.Rejected(OURS, "not enough balance / allowance"));
    }

    @Test
    void acceptanceUnderAnotherId_isAmbiguousNotAccepted() {
        assertThat(SubmitAnswers.of(OURS, accepted("0xdef", VenueOrderStatus.LIVE)))
                .isInstanceOf(SubmitOutcome.Ambiguous.class);
    }

    @Test
    void noAnswerOrUnreadableAnswer_isAmbiguousForEveryOrder_neverRejected() {
        List<OrderId> batch = List.of(new OrderId("0x1"), new OrderId("0x2"));

        assertThat(SubmitAnswers.failed(batch, new VenueException(VenueErrorKind.AMBIGUOUS, 0, "POST /orders",
                "no answer", null))).allMatch(o -> o instanceof SubmitOutcome.Ambiguous).hasSize(2);
        assertThat(SubmitAnswers.failed(batch, new MalformedAnswerException("POST /orders", "2 results for 3", null)))
                .allMatch(o -> o instanceof SubmitOutcome.Ambiguous);
        assertThat(SubmitAnswers.failed(batch, new IllegalStateException("bug after send")))
                .allMatch(o -> o instanceof SubmitOutcome.Ambiguous);
    }

    @Test
    void wholeRequestRefusedBeforeProcessing_isRejectedForEveryOrder() {
        List<OrderId> batch = List.of(new OrderId("0x1"), new OrderId("0x2"));

        List<SubmitOutcome> out = SubmitAnswers.failed(batch, new VenueException(VenueErrorKind.RATE_LIMITED, 429,
                "POST /orders", "too many requests", null));

        assertThat(out).allMatch(o -> o instanceof SubmitOutcome.Rejected r && r.reason().contains("too many requests"));
    }

    private static PostOrderResult accepted(String id, VenueOrderStatus status) {
        return new PostOrderResult(true, Optional.empty(), Optional.of(new OrderId(id)), Optional.of(status),
                BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
