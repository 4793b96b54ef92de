package astra.runtime;

import astra.domain.ConditionId;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The submits and cancels handed to the executor and not yet finished, in all and per market.
 * Until the executor has finished a command the store may not show it, so a cycle (which reads
 * the whole store) waits for all of them, and a book move only for those of its own market: one
 * market's orders on their way to the venue do not hold every other market's requotes back.
 *
 * <p>Shared by the quoting side (which hands commands over) and the executor's sender (which
 * finishes them); thread-safe.
 */
public final class OrdersInFlight {
    private final AtomicInteger commands = new AtomicInteger();
    /** By identity: two equal commands handed over twice are two commands in flight. */
    private final Map<ExecutorCommand, Set<ConditionId>> marketsOf =
            Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<ConditionId, AtomicInteger> byMarket = new ConcurrentHashMap<>();

    /** A submit or cancel handed to the executor, for these markets. */
    public void handedOver(ExecutorCommand command, Set<ConditionId> markets) {
        if (!counted(command)) {
            return;
        }
        marketsOf.put(command, Set.copyOf(markets));
        for (ConditionId m : markets) {
            byMarket.computeIfAbsent(m, k -> new AtomicInteger()).incrementAndGet();
        }
        commands.incrementAndGet();
    }

    /** The executor finished a command (whatever came of it); one it was never handed is ignored. */
    public void finished(ExecutorCommand command) {
        Set<ConditionId> markets = marketsOf.remove(command);
        if (markets == null) {
            return;
        }
        for (ConditionId m : markets) {
            byMarket.get(m).decrementAndGet();
        }
        commands.decrementAndGet();
    }

    /** Commands handed over and not finished, for any market. */
    public int total() {
        return commands.get();
    }

    /** Whether a command for this market is still with the executor. */
    public boolean any(ConditionId market) {
        AtomicInteger n = byMarket.get(market);
        return n != null && n.get() > 0;
    }

    /** Only submits and cancels wait for the store; reconciliations and cancel-alls are the executor's own. */
    private static boolean counted(ExecutorCommand command) {
        return command instanceof ExecutorCommand.Submit || command instanceof ExecutorCommand.Cancel;
    }
}
