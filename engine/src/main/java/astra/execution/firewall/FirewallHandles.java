package astra.execution.firewall;

import java.util.Objects;

/**
 * The three faces of one firewall, for the runtime to hand out: the gateway to strategies, the
 * control to the runtime's supervisor, the dead-man switch to the venue adapter's heartbeat.
 */
public record FirewallHandles(OrderGateway gateway, ExecutionControl control, DeadManSwitch deadMan) {
    public FirewallHandles {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(deadMan, "deadMan");
    }
}
