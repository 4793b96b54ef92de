package astra.execution.firewall;

import astra.time.VirtualClock;
import astra.domain.Usd;
import astra.execution.InMemoryOrderStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A firewall over a scripted venue and an in-memory store, on a clock the test moves. */
final class Rig {
    final VirtualClock clock = new VirtualClock(Fixtures.T0);
    final InMemoryOrderStore store = new InMemoryOrderStore(clock);
    final ScriptedVenue venue = new ScriptedVenue();
    final List<Duration> pauses = new ArrayList<>();
    Usd balance = Usd.parse("10000");
    final FirewallHandles handles;

    Rig() {
        this(FirewallConfig.DEFAULTS);
    }

    Rig(FirewallConfig config) {
        this(config, null);
    }

    /** Over {@code wallet} instead of {@link #balance}, when not null. */
    Rig(FirewallConfig config, CollateralBalance wallet) {
        handles = Firewalls.over(venue, store, wallet != null ? wallet : () -> balance, clock)
                .config(config)
                .pause(pauses::add)
                .safetyExecutor(Runnable::run)
                .markets(id -> id.equals(Fixtures.MARKET_ID) ? java.util.Optional.of(Fixtures.MARKET)
                        : java.util.Optional.empty())
                .build();
    }

    /** A rig whose first reconciliation (of an empty venue) has opened the gate. */
    static Rig open() {
        Rig rig = new Rig();
        rig.handles.control().reconcile();
        return rig;
    }

    static Rig open(FirewallConfig config) {
        Rig rig = new Rig(config);
        rig.handles.control().reconcile();
        return rig;
    }

    OrderGateway gateway() {
        return handles.gateway();
    }

    ExecutionControl control() {
        return handles.control();
    }
}
