package astra.polymarket.gamma;

import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.NegRiskMarketId;
import astra.domain.TokenId;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Gamma market as published, typed but not yet judged: {@link MarketListings} decides whether
 * it makes a tradable {@link astra.domain.Market}.
 *
 * @param outcomes the outcome names, index-aligned with {@code clobTokenIds}
 * @param tickSize {@code orderPriceMinTickSize}, exact
 * @param minSize {@code orderMinSize} in shares
 * @param rewardsMaxSpreadCents {@code rewardsMaxSpread}, which Gamma writes in cents (3.5 = 0.035)
 * @param feeSchedule the published {@code feeSchedule}, when there is one
 * @param version Gamma's {@code version} ("v2" marks the newer protocol, signed under domain "3")
 * @param umaEndDate when the oracle's resolution is expected (or happened)
 */
public record GammaMarket(
        String id,
        String question,
        String slug,
        ConditionId conditionId,
        List<String> outcomes,
        List<TokenId> clobTokenIds,
        boolean active,
        boolean closed,
        boolean acceptingOrders,
        boolean negRisk,
        Optional<NegRiskMarketId> negRiskMarketId,
        Optional<BigDecimal> tickSize,
        Optional<BigDecimal> minSize,
        Optional<BigDecimal> rewardsMinSize,
        Optional<BigDecimal> rewardsMaxSpreadCents,
        boolean feesEnabled,
        Optional<FeeSchedule.Curve> feeSchedule,
        Optional<String> version,
        Optional<Instant> endDate,
        Optional<Instant> umaEndDate,
        Optional<Instant> gameStartTime,
        Optional<String> eventId) {

    public GammaMarket {
        Objects.requireNonNull(conditionId, "conditionId");
        outcomes = List.copyOf(outcomes);
        clobTokenIds = List.copyOf(clobTokenIds);
        if (outcomes.size() != clobTokenIds.size()) {
            throw new GammaFormatException("market " + conditionId + ": " + outcomes.size() + " outcomes but "
                    + clobTokenIds.size() + " clobTokenIds");
        }
    }

    /** Active, accepting orders and not closed (a closed market can still accept orders, and is still refused). */
    public boolean tradable() {
        return active && acceptingOrders && !closed;
    }

    public static GammaMarket from(JsonNode n) {
        String where = "Gamma market " + (n != null && n.hasNonNull("conditionId") ? n.get("conditionId").asText() : "?");
        GammaFields f = new GammaFields(n, where);
        return new GammaMarket(
                f.optText("id").orElse(""),
                f.optText("question").orElse(""),
                f.optText("slug").orElse(""),
                new ConditionId(f.text("conditionId")),
                f.stringList("outcomes"),
                f.stringList("clobTokenIds").stream().map(TokenId::new).toList(),
                f.bool("active", false),
                f.bool("closed", false),
                f.bool("acceptingOrders", false),
                f.bool("negRisk", false),
                f.optText("negRiskMarketID").map(NegRiskMarketId::new),
                f.optDecimal("orderPriceMinTickSize"),
                f.optDecimal("orderMinSize"),
                f.optDecimal("rewardsMinSize"),
                f.optDecimal("rewardsMaxSpread"),
                f.bool("feesEnabled", false),
                f.optObject("feeSchedule").map(s -> feeSchedule(new GammaFields(s, where + " feeSchedule"))),
                f.optText("version"),
                f.optInstant("endDate"),
                f.optInstant("umaEndDate"),
                f.optInstant("gameStartTime"),
                eventId(n));
    }

    /** The id of the event the market is listed under (Gamma's {@code events[0].id}), if it says. */
    private static Optional<String> eventId(JsonNode n) {
        JsonNode events = n == null ? null : n.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            return Optional.empty();
        }
        JsonNode id = events.get(0).get("id");
        return id == null || id.isNull() || id.asText().isBlank() ? Optional.empty() : Optional.of(id.asText());
    }

    private static FeeSchedule.Curve feeSchedule(GammaFields f) {
        BigDecimal exponent = f.decimal("exponent");
        int whole;
        try {
            whole = exponent.intValueExact();
        } catch (ArithmeticException e) {
            throw f.fail("exponent", "is not a whole number: " + exponent.toPlainString());
        }
        try {
            return new FeeSchedule.Curve(f.decimal("rate"), whole, f.optDecimal("rebateRate").orElse(BigDecimal.ZERO),
                    f.bool("takerOnly", true));
        } catch (IllegalArgumentException e) {
            throw new GammaFormatException(e.getMessage(), e);
        }
    }
}
