package astra.execution.firewall;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.ports.OrderStore;
import astra.ports.Venue;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Builds the executor firewall: the one place the {@link Venue} is handed over. The runtime calls
 * it once and passes on only the narrow handles; the firewall class itself is not public, so
 * nothing outside this package can hold it or reach the venue through it.
 */
public final class Firewalls {
    private final Venue venue;
    private final OrderStore store;
    private final CollateralBalance balance;
    private final Clock clock;
    private FirewallConfig config = FirewallConfig.DEFAULTS;
    private Pause pause = Pause.SLEEP;
    private Executor safetyExecutor;
    private Function<ConditionId, Optional<Market>> markets = id -> Optional.empty();

    private Firewalls(Venue venue, OrderStore store, CollateralBalance balance, Clock clock) {
        this.venue = Objects.requireNonNull(venue, "venue");
        this.store = Objects.requireNonNull(store, "store");
        this.balance = Objects.requireNonNull(balance, "balance");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static Firewalls over(Venue venue, OrderStore store, CollateralBalance balance, Clock clock) {
        return new Firewalls(venue, store, balance, clock);
    }

    public Firewalls config(FirewallConfig value) {
        this.config = Objects.requireNonNull(value, "config");
        return this;
    }

    /** How to wait between cancel-all attempts (default: sleep). */
    public Firewalls pause(Pause value) {
        this.pause = Objects.requireNonNull(value, "pause");
        return this;
    }

    /**
     * Where a heartbeat failure's cancel-all runs, off the heartbeat thread. Required: the runtime
     * passes the executor's own sender thread (tests pass {@code Runnable::run}).
     */
    public Firewalls safetyExecutor(Executor value) {
        this.safetyExecutor = Objects.requireNonNull(value, "safetyExecutor");
        return this;
    }

    /** The markets reconciliation may adopt orphans into (only with {@link OrphanPolicy#ADOPT}). */
    public Firewalls markets(Function<ConditionId, Optional<Market>> value) {
        this.markets = Objects.requireNonNull(value, "markets");
        return this;
    }

    public FirewallHandles build() {
        if (safetyExecutor == null) {
            throw new IllegalStateException("a safety executor is required: a heartbeat failure's cancel-all runs on it");
        }
        ExecutorFirewall firewall = new ExecutorFirewall(venue, store, balance, clock, config, pause, safetyExecutor,
                markets);
        return new FirewallHandles(gatewayOnly(firewall), firewall, firewall);
    }

    /** A strategy gets a gateway it cannot cast to the control or the firewall. */
    private static OrderGateway gatewayOnly(ExecutorFirewall firewall) {
        return new OrderGateway() {
            @Override
            public List<SubmitResult> submit(List<OrderRequest> requests) {
                return firewall.submit(requests);
            }

            @Override
            public CancelResult cancel(List<ClientOrderId> orders, String reason) {
                return firewall.cancel(orders, reason);
            }
        };
    }
}
