package astra.rules;

import astra.domain.ConditionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One cycle's decisions, per market, under one rules version, plus the raw decisions for the
 * audit. Combining several decisions for a market always takes the safer side: the most
 * restrictive state, the intersection of allowed actions, the smallest cap multiplier, any veto.
 * A market for which no rule allowed anything is allowed nothing: no decision is no permission.
 */
public record MarketDecisions(
        String rulesVersion,
        Instant decidedAt,
        Map<ConditionId, MarketDecision> markets,
        List<Decision> accountDecisions,
        List<Decision> audit,
        Map<ConditionId, BigDecimal> scores) {

    public MarketDecisions {
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        Objects.requireNonNull(decidedAt, "decidedAt");
        markets = Map.copyOf(markets);
        accountDecisions = List.copyOf(accountDecisions);
        audit = List.copyOf(audit);
        scores = Map.copyOf(scores);
    }

    /**
     * The quoteability score the rules saw for the market this cycle, so the active set ranks on the
     * very score the vetoes judged (and it is not computed twice per market per cycle).
     */
    public Optional<BigDecimal> score(ConditionId market) {
        return Optional.ofNullable(scores.get(market));
    }

    /**
     * Groups a cycle's decisions by market; {@code marketIds} are the markets the cycle saw, and
     * {@code scores} the quoteability scores it was given.
     */
    public static MarketDecisions from(CycleResult cycle, List<String> marketIds, Instant decidedAt,
            Map<ConditionId, BigDecimal> scores) {
        List<Decision> account = new ArrayList<>();
        Map<String, List<Decision>> byMarket = new LinkedHashMap<>(marketIds.size() * 4 / 3 + 1);
        marketIds.forEach(id -> byMarket.put(id, new ArrayList<>(8)));
        for (Decision d : cycle.decisions()) {
            if (d.accountWide()) {
                account.add(d);
            } else {
                byMarket.computeIfAbsent(d.marketId(), id -> new ArrayList<>()).add(d);
            }
        }
        Map<ConditionId, MarketDecision> markets = new LinkedHashMap<>(byMarket.size() * 4 / 3 + 1);
        byMarket.forEach((id, own) -> {
            ConditionId market = new ConditionId(id);
            markets.put(market, combine(market, own, account));
        });
        return new MarketDecisions(cycle.version().id(), decidedAt, markets, account, cycle.decisions(), scores);
    }

    /** The market's own decisions combined with the account's (which apply to every market). */
    static MarketDecision combine(ConditionId market, List<Decision> own, List<Decision> account) {
        List<Decision> all = new ArrayList<>(own.size() + account.size());
        all.addAll(own);
        all.addAll(account);
        return combine(market, all);
    }

    private static MarketDecision combine(ConditionId market, List<Decision> decisions) {
        MarketState state = null;
        Set<TradingAction> allowed = null;
        List<Decision> vetoes = new ArrayList<>();
        boolean reduceOnly = false;
        BigDecimal multiplier = BigDecimal.ONE;
        boolean widen = false;
        boolean parityAllowed = false;
        boolean parityDenied = false;
        boolean satelliteAllowed = false;
        boolean satelliteDenied = false;
        for (Decision d : decisions) {
            switch (d.kind()) {
                case SET_STATE -> state = state == null ? d.state() : state.strictest(d.state());
                case ALLOW_ACTIONS -> {
                    Set<TradingAction> these = d.actions();
                    if (allowed == null) {
                        allowed = EnumSet.noneOf(TradingAction.class);
                        allowed.addAll(these);
                    } else {
                        allowed.retainAll(these);
                    }
                }
                case VETO_QUOTE -> vetoes.add(d);
                case REDUCE_ONLY -> reduceOnly = true;
                case CAP_MULTIPLIER -> multiplier = multiplier.min(d.multiplier());
                case WIDEN_AND_CUT -> widen = true;
                case ALLOW_PARITY -> parityAllowed = true;
                case DENY_PARITY -> parityDenied = true;
                case ALLOW_SATELLITE -> satelliteAllowed = true;
                case DENY_SATELLITE -> satelliteDenied = true;
                case HALT_QUOTING, CANCEL_ALL, CAP_OVERRIDE -> {
                    // Carried through the state rules (HALTED) and kept in `because` for the audit.
                }
            }
        }
        Set<TradingAction> actions = allowed == null ? Set.of() : allowed;
        // Without a state decision the rules did not see the market: treat it as halted.
        MarketState decided = state == null ? MarketState.HALTED : state;
        return new MarketDecision(market, decided, actions, vetoes, reduceOnly, multiplier, widen,
                parityAllowed && !parityDenied && actions.contains(TradingAction.PARITY),
                satelliteAllowed && !satelliteDenied && actions.contains(TradingAction.SATELLITE),
                decisions);
    }

    /** The decision for a market the cycle saw; an unknown market is an error, not a default. */
    public MarketDecision of(ConditionId market) {
        MarketDecision decision = markets.get(market);
        if (decision == null) {
            throw new IllegalArgumentException("no decision for market " + market + " in this cycle");
        }
        return decision;
    }

    public MarketDecision of(String market) {
        return of(new ConditionId(market));
    }

    /** True when a rule asked for every resting order of the account to be cancelled now. */
    public boolean cancelAll() {
        return accountDecisions.stream().anyMatch(d -> d.kind() == DecisionKind.CANCEL_ALL);
    }
}
