package astra.rules;

import astra.facts.MarketFacts;
import java.time.Duration;
import java.time.Instant;

/**
 * Market facts for tests, observed at {@link RulesTestSupport#CLOCK}: a healthy two-sided book
 * (0.45 / 0.48 on a 0.01 tick, 400 shares each side, 30 updates a minute, data 1 s old) closing in
 * two days, proposal 2 h and challenge window 4 h after the close, in a cluster of its own.
 */
final class MarketFactsBuilder {
    private final String market;
    private String cluster;
    private boolean negRisk;
    private boolean connected = true;
    private Duration dataAge = Duration.ofSeconds(1);
    private Duration timeToClose = Duration.ofDays(2);
    private Duration proposalAfterClose = Duration.ofHours(2);
    private Duration challengeAfterClose = Duration.ofHours(4);
    private Duration proposalIn;
    private Duration challengeIn;

    private MarketFactsBuilder(String market) {
        this.market = market;
        this.cluster = "market:" + market;
    }

    static MarketFactsBuilder market(String id) {
        return new MarketFactsBuilder(id);
    }

    MarketFactsBuilder closingIn(Duration left) {
        this.timeToClose = left;
        return this;
    }

    MarketFactsBuilder proposalExpectedIn(Duration in) {
        this.proposalIn = in;
        return this;
    }

    MarketFactsBuilder challengeWindowIn(Duration in) {
        this.challengeIn = in;
        return this;
    }

    MarketFactsBuilder inCluster(String name) {
        this.cluster = name;
        return this;
    }

    MarketFactsBuilder negRisk() {
        this.negRisk = true;
        return this;
    }

    MarketFactsBuilder dataAge(Duration age) {
        this.dataAge = age;
        return this;
    }

    MarketFactsBuilder disconnected() {
        this.connected = false;
        return this;
    }

    MarketFacts build() {
        Instant now = RulesTestSupport.CLOCK.instant();
        long observed = now.toEpochMilli();
        long closes = now.plus(timeToClose).toEpochMilli();
        long proposal = proposalIn != null ? now.plus(proposalIn).toEpochMilli()
                : closes + proposalAfterClose.toMillis();
        long challenge = challengeIn != null ? now.plus(challengeIn).toEpochMilli()
                : Math.max(proposal, closes + challengeAfterClose.toMillis());
        return new MarketFacts(market, cluster, negRisk, 10_000, 450_000, 480_000, 465_000,
                400_000_000, 400_000_000, 30, observed - dataAge.toMillis(), connected,
                closes, proposal, challenge, observed);
    }
}
