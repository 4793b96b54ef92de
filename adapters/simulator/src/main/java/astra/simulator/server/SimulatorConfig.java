package astra.simulator.server;

import astra.simulator.auth.ApiKey;
import astra.simulator.auth.L1SignatureCheck;
import astra.simulator.auth.OrderSignatureVerifier;
import astra.simulator.fault.FaultSchedule;
import astra.simulator.http.RateLimits;
import astra.simulator.scenario.Scenario;
import astra.simulator.world.ScenarioSettings;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a simulator server needs. The trader's account is funded at start with
 * {@code traderPusdMicros} pUSD and unlimited allowances. Signature checks are required: the
 * shared protocol module provides the real ones.
 *
 * @param port                  loopback port, 0 for an ephemeral one
 * @param seed                  the world's seed (with the settings, it fixes the whole crowd)
 * @param newerProtocolMarkets  condition ids Gamma marks {@code version: "v2"} (signed under domain "3")
 * @param heartbeatTimeoutMillis the dead-man switch; default {@value #DEFAULT_HEARTBEAT_TIMEOUT_MILLIS}
 * @param realTimeTickMillis    in REAL time, how often the clock catches up with the wall;
 *                              default {@value #DEFAULT_REAL_TIME_TICK_MILLIS}
 * @param faultSchedule         fault drills run at offsets from the start, in either time mode; default none
 */
public record SimulatorConfig(int port, long seed, ScenarioSettings scenario, TimeMode timeMode, ApiKey trader,
                              long traderPusdMicros, RateLimits rateLimits, Set<String> newerProtocolMarkets,
                              OrderSignatureVerifier orderVerifier, L1SignatureCheck l1Check,
                              long heartbeatTimeoutMillis, long realTimeTickMillis, FaultSchedule faultSchedule) {
    public static final long DEFAULT_HEARTBEAT_TIMEOUT_MILLIS = 10_000;
    public static final long DEFAULT_REAL_TIME_TICK_MILLIS = 100;
    /** 100,000 pUSD. */
    public static final long DEFAULT_TRADER_PUSD_MICROS = 100_000_000_000L;

    public SimulatorConfig {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(timeMode, "timeMode");
        Objects.requireNonNull(trader, "trader");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(orderVerifier, "orderVerifier (the protocol module's EIP-712 check)");
        Objects.requireNonNull(l1Check, "l1Check (the protocol module's ClobAuth check)");
        Objects.requireNonNull(faultSchedule, "faultSchedule");
        newerProtocolMarkets = Set.copyOf(newerProtocolMarkets);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (traderPusdMicros < 0 || heartbeatTimeoutMillis <= 0 || realTimeTickMillis <= 0) {
            throw new IllegalArgumentException("funding must not be negative and periods must be positive");
        }
    }

    /** Virtual time, ephemeral port, venue rate limits, 10 s heartbeat, 100,000 pUSD. */
    public static SimulatorConfig of(long seed, ScenarioSettings scenario, ApiKey trader,
                                     OrderSignatureVerifier orderVerifier, L1SignatureCheck l1Check) {
        return new SimulatorConfig(0, seed, scenario, TimeMode.VIRTUAL, trader, DEFAULT_TRADER_PUSD_MICROS,
                RateLimits.venueDefaults(), Set.of(), orderVerifier, l1Check, DEFAULT_HEARTBEAT_TIMEOUT_MILLIS,
                DEFAULT_REAL_TIME_TICK_MILLIS, FaultSchedule.none());
    }

    public SimulatorConfig withPort(int newPort) {
        return new SimulatorConfig(newPort, seed, scenario, timeMode, trader, traderPusdMicros, rateLimits,
                newerProtocolMarkets, orderVerifier, l1Check, heartbeatTimeoutMillis, realTimeTickMillis, faultSchedule);
    }

    public SimulatorConfig withTimeMode(TimeMode mode) {
        return new SimulatorConfig(port, seed, scenario, mode, trader, traderPusdMicros, rateLimits,
                newerProtocolMarkets, orderVerifier, l1Check, heartbeatTimeoutMillis, realTimeTickMillis, faultSchedule);
    }

    public SimulatorConfig withRateLimits(RateLimits limits) {
        return new SimulatorConfig(port, seed, scenario, timeMode, trader, traderPusdMicros, limits,
                newerProtocolMarkets, orderVerifier, l1Check, heartbeatTimeoutMillis, realTimeTickMillis, faultSchedule);
    }

    public SimulatorConfig withNewerProtocolMarkets(Set<String> conditionIds) {
        return new SimulatorConfig(port, seed, scenario, timeMode, trader, traderPusdMicros, rateLimits,
                conditionIds, orderVerifier, l1Check, heartbeatTimeoutMillis, realTimeTickMillis, faultSchedule);
    }

    /** The scenario's settings and fault drills, and its seed when the file names one. */
    public SimulatorConfig withScenario(Scenario s) {
        return new SimulatorConfig(port, s.seed().orElse(seed), s.settings(), timeMode, trader, traderPusdMicros,
                rateLimits, newerProtocolMarkets, orderVerifier, l1Check, heartbeatTimeoutMillis, realTimeTickMillis,
                s.faults());
    }

    public SimulatorConfig withSeed(long newSeed) {
        return new SimulatorConfig(port, newSeed, scenario, timeMode, trader, traderPusdMicros, rateLimits,
                newerProtocolMarkets, orderVerifier, l1Check, heartbeatTimeoutMillis, realTimeTickMillis, faultSchedule);
    }
}
