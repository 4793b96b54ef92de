package astra.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decisions kept in buckets, one per market and one for the account, each sorted only when it
 * changed. The order of a cycle's decisions is the account's first, then the markets' by id, each
 * bucket by {@link #AFTER_MARKET}: two runs over the same facts audit identically. A held rules
 * session adds and removes a few decisions a cycle ({@link HeldSession}), so most buckets come out
 * as they were, the same list object, which lets the engine keep what it combined from them.
 */
final class DecisionBuckets {
    /**
     * Within one market's (or the account's) decisions, the order by rule, kind, reason, detail and
     * value: every field that can differ within a cycle, so the order does not depend on the order
     * the session gives them in. Written out rather than chained from key extractors: the chain's
     * calls through shared lambdas were most of the sorting.
     */
    static final Comparator<Decision> AFTER_MARKET = DecisionBuckets::compareAfterMarket;

    private final Bucket account = new Bucket();
    private final TreeMap<String, Bucket> markets = new TreeMap<>();

    /** One market's decisions, as they came, and sorted once after each change. */
    private static final class Bucket {
        private final List<Decision> live = new ArrayList<>(4);
        private List<Decision> sorted = List.of();
        private boolean changed;

        List<Decision> sorted() {
            if (changed) {
                List<Decision> copy = new ArrayList<>(live);
                copy.sort(AFTER_MARKET); // stable: equal decisions keep the order they came in
                sorted = Collections.unmodifiableList(copy);
                changed = false;
            }
            return sorted;
        }
    }

    void add(Decision d) {
        Bucket bucket = d.accountWide() ? account : markets.computeIfAbsent(d.marketId(), id -> new Bucket());
        bucket.live.add(d);
        bucket.changed = true;
    }

    /** Removes that very decision (not an equal one: two rules may decide alike). */
    void remove(Decision d) {
        Bucket bucket = d.accountWide() ? account : markets.get(d.marketId());
        if (bucket == null) {
            return;
        }
        for (int i = 0; i < bucket.live.size(); i++) {
            if (bucket.live.get(i) == d) {
                bucket.live.remove(i);
                bucket.changed = true;
                break;
            }
        }
        if (bucket != account && bucket.live.isEmpty()) {
            markets.remove(d.marketId());
        }
    }

    /** The account's decisions, sorted; the same list as last time if none came or went. */
    List<Decision> account() {
        return account.sorted();
    }

    /** The market's decisions, sorted (empty if none); the same list as last time if none came or went. */
    List<Decision> of(String market) {
        Bucket bucket = markets.get(market);
        return bucket == null ? List.of() : bucket.sorted();
    }

    /** The markets with decisions, by id. */
    Iterable<String> markets() {
        return markets.keySet();
    }

    /** Every decision in order: the account's, then each market's by id. */
    List<Decision> all() {
        int size = account.live.size();
        for (Bucket bucket : markets.values()) {
            size += bucket.live.size();
        }
        List<Decision> all = new ArrayList<>(size);
        all.addAll(account.sorted());
        for (Map.Entry<String, Bucket> market : markets.entrySet()) {
            all.addAll(market.getValue().sorted());
        }
        return all;
    }

    private static int compareAfterMarket(Decision a, Decision b) {
        int byRule = a.ruleName().compareTo(b.ruleName());
        if (byRule != 0) {
            return byRule;
        }
        int byKind = a.kind().compareTo(b.kind());
        if (byKind != 0) {
            return byKind;
        }
        int byReason = a.reasonCode().compareTo(b.reasonCode());
        if (byReason != 0) {
            return byReason;
        }
        int byDetail = a.detail().compareTo(b.detail());
        return byDetail != 0 ? byDetail : a.value().compareTo(b.value());
    }
}
