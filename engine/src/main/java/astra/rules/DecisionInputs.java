package astra.rules;

import astra.facts.FactStore;
import astra.facts.InventoryFacts;
import astra.facts.MarketFacts;
import astra.facts.MarkoutFacts;
import astra.facts.ParityCandidate;
import astra.facts.ResolutionRisk;
import astra.facts.SatelliteSignal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one decision cycle decides on: the fact store's maps (or lists built by a test or a
 * backtest), the account's health, the bankroll and the satellite book's exposure. Money in pUSD
 * micros.
 */
public record DecisionInputs(
        List<MarketFacts> markets,
        List<InventoryFacts> inventory,
        List<MarkoutFacts> markouts,
        List<ResolutionRisk> resolutionRisks,
        List<ParityCandidate> parityCandidates,
        List<SatelliteSignal> satelliteSignals,
        AccountHealth account,
        long bankrollMicros,
        long satelliteExposureMicros) {

    public DecisionInputs {
        markets = List.copyOf(markets);
        inventory = List.copyOf(inventory);
        markouts = List.copyOf(markouts);
        resolutionRisks = List.copyOf(resolutionRisks);
        parityCandidates = List.copyOf(parityCandidates);
        satelliteSignals = List.copyOf(satelliteSignals);
        Objects.requireNonNull(account, "account");
        Bankroll.requirePositive(bankrollMicros);
        if (satelliteExposureMicros < 0) {
            throw new IllegalArgumentException("satellite exposure must not be negative, was " + satelliteExposureMicros);
        }
    }

    /**
     * A snapshot of every fact map of the store, read once at the start of a cycle. The store keeps
     * market facts and parity candidates as of their last change; they are read as observed at
     * {@code observedAt}, the instant the cycle decides at, and market facts with
     * {@code channelDataAt}, when the market channel last carried data as of that instant.
     */
    public static DecisionInputs fromStore(FactStore store, Instant observedAt, Instant channelDataAt,
            AccountHealth account, long bankrollMicros, long satelliteExposureMicros) {
        long at = observedAt.toEpochMilli();
        long channel = channelDataAt.toEpochMilli();
        List<MarketFacts> markets = new ArrayList<>();
        for (MarketFacts m : store.markets().values()) {
            markets.add(m.stampedAt(at, channel));
        }
        List<ParityCandidate> candidates = new ArrayList<>();
        for (ParityCandidate c : store.parityCandidates().values()) {
            candidates.add(c.withObservedAtMillis(at));
        }
        return new DecisionInputs(
                markets,
                store.inventory().values(),
                store.markouts().values(),
                store.resolutionRisks().values(),
                candidates,
                store.satelliteSignals().values(),
                account, bankrollMicros, satelliteExposureMicros);
    }
}
