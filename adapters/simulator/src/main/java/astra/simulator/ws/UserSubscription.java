package astra.simulator.ws;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What one authenticated {@code /ws/user} socket receives: its owner's messages, for the markets
 * it listed, or for every market when it listed none. Later {@code operation} messages add and
 * remove markets; on an every-market subscription they remove and restore exceptions, so an
 * unsubscribe is never silently ignored.
 *
 * @param listed  the markets delivered, or (every market) the markets not delivered
 */
record UserSubscription(String owner, boolean everyMarket, Set<String> listed) {
    UserSubscription {
        listed = Set.copyOf(listed);
    }

    /** The first subscription: the markets listed, or every market when none is. */
    static UserSubscription of(String owner, Collection<String> markets) {
        return new UserSubscription(owner, markets.isEmpty(), Set.copyOf(markets));
    }

    boolean wants(String conditionId) {
        return everyMarket != listed.contains(conditionId);
    }

    UserSubscription subscribe(Collection<String> markets) {
        return with(markets, !everyMarket);
    }

    UserSubscription unsubscribe(Collection<String> markets) {
        return with(markets, everyMarket);
    }

    private UserSubscription with(Collection<String> markets, boolean add) {
        Set<String> next = new HashSet<>(listed);
        if (add) {
            next.addAll(markets);
        } else {
            next.removeAll(markets);
        }
        return new UserSubscription(owner, everyMarket, next);
    }
}
