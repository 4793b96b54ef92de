package astra.runtime;

import astra.domain.Market;
import astra.domain.Price;
import astra.domain.TokenId;
import astra.ports.RunRecords.ReferenceMark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A hidden reference that remembers every price it answered, so the store can keep exactly the
 * answers the report used: the rebuilt report then asks the same questions and gets the same answers,
 * without the venue that knew them. Questions with no answer are not kept (they stay unanswered).
 */
final class RecordedReference implements SessionReport.Reference {
    private record Question(Market market, TokenId token, Instant time) {}

    private final SessionReport.Reference venue;
    private final Map<Question, Price> answers = new LinkedHashMap<>();

    RecordedReference(SessionReport.Reference venue) {
        this.venue = Objects.requireNonNull(venue, "venue");
    }

    @Override
    public synchronized Optional<Price> at(Market market, TokenId token, Instant time) {
        Question q = new Question(market, token, time);
        Price known = answers.get(q);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Price> answer = venue.at(market, token, time);
        answer.ifPresent(p -> answers.put(q, p));
        return answer;
    }

    /** Each distinct answer once, in the order first asked. */
    synchronized List<ReferenceMark> answers() {
        List<ReferenceMark> out = new ArrayList<>(answers.size());
        answers.forEach((q, p) -> out.add(new ReferenceMark(q.market().conditionId(), q.token(), q.time(), p)));
        return out;
    }
}
