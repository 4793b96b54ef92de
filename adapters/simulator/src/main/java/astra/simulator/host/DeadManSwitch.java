package astra.simulator.host;

import astra.simulator.lifecycle.VirtualScheduler;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The venue's heartbeat: once an owner has sent one, each heartbeat must name the id the previous
 * answer gave, and if none arrives for the timeout every order of the owner is cancelled and the
 * switch is off again (the next heartbeat starts it anew). Runs on the venue's clock and thread.
 */
public final class DeadManSwitch {
    private record Beat(String heartbeatId, long atMillis, long sequence) {}

    private final VirtualScheduler clock;
    private final long timeoutMillis;
    private final Consumer<String> cancelAll;
    private final Map<String, Beat> beats = new HashMap<>();
    private long sequence;

    public DeadManSwitch(VirtualScheduler clock, long timeoutMillis, Consumer<String> cancelAll) {
        this.clock = clock;
        this.timeoutMillis = timeoutMillis;
        this.cancelAll = cancelAll;
    }

    /**
     * Records a heartbeat. The first needs no id (or any); later ones must repeat the last id
     * given. Answers the next id, or empty if {@code previousId} is wrong.
     */
    public Optional<String> beat(String owner, String previousId) {
        Beat last = beats.get(owner);
        if (last != null && !last.heartbeatId().equals(previousId)) {
            return Optional.empty();
        }
        long seq = ++sequence;
        String id = UUID.nameUUIDFromBytes((owner + "/" + seq).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        beats.put(owner, new Beat(id, clock.nowMillis(), seq));
        clock.scheduleIn(timeoutMillis, () -> expireIfSilent(owner, seq));
        return Optional.of(id);
    }

    /** The id the owner's next heartbeat must carry, if the switch is on. */
    public Optional<String> currentId(String owner) {
        return Optional.ofNullable(beats.get(owner)).map(Beat::heartbeatId);
    }

    private void expireIfSilent(String owner, long seq) {
        Beat last = beats.get(owner);
        if (last != null && last.sequence() == seq) {
            beats.remove(owner);
            cancelAll.accept(owner);
        }
    }
}
