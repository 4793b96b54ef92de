package astra.rules;

import astra.domain.ConditionId;
import astra.domain.DecisionRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A decision fact inserted by a rule: what it decides, for which market (empty for the whole
 * account), why (an UPPER_SNAKE reason code), by which rule ({@code drools.getRule().getName()})
 * and under which rules version (the global {@code rulesVersion}). Never a bare boolean, so the
 * audit log can say why a quote was not sent.
 *
 * <p>{@code value} is the decision's typed payload written as text, checked here so a rule cannot
 * insert a state or multiplier the engine would misread: a {@link MarketState} name for
 * {@link DecisionKind#SET_STATE}, {@link TradingAction} names for {@link DecisionKind#ALLOW_ACTIONS}
 * (empty: nothing allowed), a multiplier in (0, 1] for {@link DecisionKind#CAP_MULTIPLIER}, and
 * empty for every other kind.
 */
public record Decision(
        Optional<ConditionId> market,
        DecisionKind kind,
        String reasonCode,
        String ruleName,
        String rulesVersion,
        String value,
        String detail) {
    /** Compiled once: every decision checks its code, thousands a second in a backtest. */
    private static final Pattern REASON_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");


    public Decision {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(kind, "kind");
        if (reasonCode == null || !REASON_CODE.matcher(reasonCode).matches()) {
            throw new IllegalArgumentException("reason code must be UPPER_SNAKE_CASE, was " + reasonCode);
        }
        requireText(ruleName, "rule name");
        requireText(rulesVersion, "rules version");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(detail, "detail");
        checkValue(kind, value, ruleName);
    }

    /** A decision about one market; the form rules use from their right-hand side. */
    public static Decision forMarket(ConditionId market, DecisionKind kind, String reasonCode,
            String ruleName, String rulesVersion, String detail) {
        return new Decision(Optional.of(market), kind, reasonCode, ruleName, rulesVersion, "", detail);
    }

    /** Same, for rules that match facts keyed by the market's id as text. */
    public static Decision forMarket(String market, DecisionKind kind, String reasonCode,
            String ruleName, String rulesVersion, String detail) {
        return forMarket(new ConditionId(market), kind, reasonCode, ruleName, rulesVersion, detail);
    }

    /** A decision about the whole account (a dead heartbeat, a blind user channel). */
    public static Decision forAccount(DecisionKind kind, String reasonCode,
            String ruleName, String rulesVersion, String detail) {
        return new Decision(Optional.empty(), kind, reasonCode, ruleName, rulesVersion, "", detail);
    }

    /** The market's trading state. */
    public static Decision state(String market, MarketState state, String reasonCode,
            String ruleName, String rulesVersion, String detail) {
        return new Decision(Optional.of(new ConditionId(market)), DecisionKind.SET_STATE, reasonCode, ruleName,
                rulesVersion, state.name(), detail);
    }

    /** The actions a market's state allows; none given means nothing is allowed. */
    public static Decision allow(String market, String reasonCode, String ruleName, String rulesVersion,
            String detail, TradingAction... actions) {
        String names = Arrays.stream(actions).map(Enum::name).collect(Collectors.joining(","));
        return new Decision(Optional.of(new ConditionId(market)), DecisionKind.ALLOW_ACTIONS, reasonCode, ruleName,
                rulesVersion, names, detail);
    }

    /** Caps of the market multiplied by {@code multiplier} (the near-close ratchet). */
    public static Decision capMultiplier(String market, BigDecimal multiplier, String reasonCode,
            String ruleName, String rulesVersion, String detail) {
        return new Decision(Optional.of(new ConditionId(market)), DecisionKind.CAP_MULTIPLIER, reasonCode, ruleName,
                rulesVersion, multiplier.toPlainString(), detail);
    }

    /** True for a decision about the whole account. */
    public boolean accountWide() {
        return market.isEmpty();
    }

    /** The market's id as text, or empty for an account-wide decision. */
    public String marketId() {
        return market.map(ConditionId::value).orElse("");
    }

    /** True for a SET_STATE decision setting this state (false for any other kind; never throws). */
    public boolean setsState(MarketState expected) {
        return kind == DecisionKind.SET_STATE && value.equals(expected.name());
    }

    /** True when the decision is about this market or about the whole account. */
    public boolean concerns(String marketId) {
        return market.isEmpty() || market.get().value().equals(marketId);
    }

    /** The state a {@link DecisionKind#SET_STATE} decision sets. */
    public MarketState state() {
        requireKind(DecisionKind.SET_STATE);
        return MarketState.valueOf(value);
    }

    /** The actions an {@link DecisionKind#ALLOW_ACTIONS} decision allows. */
    public Set<TradingAction> actions() {
        requireKind(DecisionKind.ALLOW_ACTIONS);
        return TradingAction.parseList(value);
    }

    /** Whether this decision allows quoting; false for any decision that is not ALLOW_ACTIONS. */
    public boolean allowsQuoting() {
        return kind == DecisionKind.ALLOW_ACTIONS && actions().contains(TradingAction.QUOTE);
    }

    /** The multiplier of a {@link DecisionKind#CAP_MULTIPLIER} decision. */
    public BigDecimal multiplier() {
        requireKind(DecisionKind.CAP_MULTIPLIER);
        return new BigDecimal(value);
    }

    /** The audit line for this decision, stamped with the cycle's time. */
    public DecisionRecord toRecord(Instant at) {
        String decided = value.isEmpty() ? kind.name() : kind.name() + " " + value;
        return new DecisionRecord(at, market, decided, reasonCode, ruleName, rulesVersion, detail);
    }

    private void requireKind(DecisionKind expected) {
        if (kind != expected) {
            throw new IllegalStateException("a " + kind + " decision has no " + expected + " value");
        }
    }

    private static void checkValue(DecisionKind kind, String value, String ruleName) {
        try {
            switch (kind) {
                case SET_STATE -> MarketState.valueOf(value);
                case ALLOW_ACTIONS -> TradingAction.parseList(value);
                case CAP_MULTIPLIER -> {
                    BigDecimal multiplier = new BigDecimal(value);
                    if (multiplier.signum() <= 0 || multiplier.compareTo(BigDecimal.ONE) > 0) {
                        throw new IllegalArgumentException("multiplier must be in (0, 1]");
                    }
                }
                default -> {
                    if (!value.isEmpty()) {
                        throw new IllegalArgumentException("carries no value");
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule " + ruleName + ": " + kind + " decision with value '" + value
                    + "': " + e.getMessage(), e);
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
