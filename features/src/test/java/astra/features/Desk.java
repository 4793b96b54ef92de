package astra.features;

import astra.facts.ClusterAssignment;
import astra.facts.InventoryFacts;
import astra.facts.MarketFacts;
import astra.facts.MarkoutFacts;
import astra.facts.ParityCandidate;
import astra.facts.ResolutionRisk;
import astra.facts.SatelliteSignal;
import astra.rules.AccountHealth;
import astra.rules.DecisionEngine;
import astra.rules.DecisionInputs;
import astra.rules.MarketDecisions;
import astra.rules.QuoteabilityScorer;
import astra.rules.RuleCompilationFailure;
import astra.rules.RuleSet;
import astra.rules.RuleSetCompiler;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The desk's facts for one scenario and the decisions the REAL rules in {@code rules/} make on
 * them. Markets start healthy: a two-sided book 0.45 / 0.48 on a 0.01 tick with 400 shares a side,
 * fresh data, closing in two days, proposal 2 h and challenge window 4 h after the close.
 */
public class Desk {
    /** Every market's YES book until a step says otherwise: 0.45 / 0.48 with 400 shares a side. */
    static final long DEFAULT_BID_MICROS = 450_000;
    static final long DEFAULT_ASK_MICROS = 480_000;
    static final long DEFAULT_DEPTH_MICROS = 400_000_000;

    private static RuleSet shipped;

    private final World world;
    final Map<String, MarketSpec> markets = new LinkedHashMap<>();
    final List<InventoryFacts> positions = new ArrayList<>();
    final List<MarkoutFacts> markouts = new ArrayList<>();
    final List<ResolutionRisk> risks = new ArrayList<>();
    final List<ParityCandidate> parity = new ArrayList<>();
    final List<SatelliteSignal> signals = new ArrayList<>();
    final ClusterAssignment clusters = ClusterAssignment.unconfigured();
    AccountHealth account = AccountHealth.healthy();
    long bankrollMicros = 1_000_000_000L;
    long satelliteExposureMicros;
    /** Which rules decide; the shipped set unless a scenario runs live rules from a copy. */
    Supplier<RuleSet> rules = Desk::shippedRules;
    private MarketDecisions decisions;

    public Desk(World world) {
        this.world = world;
    }

    /** One market as a scenario describes it; turned into facts at decision time. */
    static final class MarketSpec {
        final String id;
        Optional<String> event = Optional.empty();
        Optional<String> negRiskEvent = Optional.empty();
        Duration timeToClose = Duration.ofDays(2);
        Duration proposalIn;
        Duration challengeIn;
        Duration dataAge = Duration.ofSeconds(1);
        boolean connected = true;

        MarketSpec(String id) {
            this.id = id;
        }
    }

    MarketSpec market(String id) {
        return markets.computeIfAbsent(id, MarketSpec::new);
    }

    String clusterOf(String id) {
        MarketSpec spec = market(id);
        return clusters.clusterOf(id, spec.negRiskEvent, spec.event);
    }

    static synchronized RuleSet shippedRules() {
        if (shipped == null) {
            try {
                shipped = new RuleSetCompiler(Clock.systemUTC()).compile(shippedRulesDir());
            } catch (RuleCompilationFailure e) {
                throw new AssertionError("the shipped rules must compile: " + e.getMessage(), e);
            }
        }
        return shipped;
    }

    /** The repository's real rules folder; surefire passes it as {@code astra.rules.dir}. */
    static Path shippedRulesDir() {
        String dir = System.getProperty("astra.rules.dir");
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("astra.rules.dir is not set (surefire sets it to the repository's rules/)");
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    MarketDecisions decide() {
        List<MarketFacts> facts = new ArrayList<>();
        markets.values().forEach(spec -> facts.add(factsOf(spec)));
        try (DecisionEngine engine = new DecisionEngine(rules, new QuoteabilityScorer(), world.clock)) {
            decisions = engine.decide(new DecisionInputs(facts, positions, markouts, risks, parity, signals, account,
                    bankrollMicros, satelliteExposureMicros));
        }
        return decisions;
    }

    MarketDecisions decisions() {
        if (decisions == null) {
            decide();
        }
        return decisions;
    }

    MarketFacts factsOf(MarketSpec spec) {
        long now = world.clock.millis();
        long closes = now + spec.timeToClose.toMillis();
        long proposal = spec.proposalIn != null ? now + spec.proposalIn.toMillis() : closes + Duration.ofHours(2).toMillis();
        long challenge = spec.challengeIn != null ? now + spec.challengeIn.toMillis()
                : Math.max(proposal, closes + Duration.ofHours(4).toMillis());
        return new MarketFacts(spec.id, clusterOf(spec.id), spec.negRiskEvent.isPresent(), 10_000, DEFAULT_BID_MICROS,
                DEFAULT_ASK_MICROS, (DEFAULT_BID_MICROS + DEFAULT_ASK_MICROS) / 2, DEFAULT_DEPTH_MICROS,
                DEFAULT_DEPTH_MICROS, 30, now - spec.dataAge.toMillis(), spec.connected, closes, proposal,
                challenge, now);
    }

    static long micros(BigDecimal pusd) {
        return pusd.movePointRight(6).longValueExact();
    }
}
