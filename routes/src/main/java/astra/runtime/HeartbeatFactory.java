package astra.runtime;

import astra.execution.firewall.DeadManSwitch;

/** Makes the session's heartbeat once the firewall (whose dead-man switch it trips) exists. */
@FunctionalInterface
public interface HeartbeatFactory {
    /** @param errors where each beat counts as a venue request that succeeded or failed */
    Heartbeat create(DeadManSwitch deadMan, VenueErrorRate errors);
}
