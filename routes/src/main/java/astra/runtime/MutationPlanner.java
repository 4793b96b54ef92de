package astra.runtime;

import astra.domain.ClientOrderId;
import astra.execution.firewall.OrderRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Chooses which of a cycle's wanted mutations go out within what the rolling budget has left.
 * Cancels that only take risk off (markets that left the active set or lost their target,
 * duplicate orders) always go first. Then requotes, stalest first (the resting order farthest from
 * its target is the one most likely to be picked off), each costing two mutations (cancel and
 * post) and taken whole or not at all, so a slot is never left empty by a cancel whose
 * replacement did not fit. Then posts into empty slots. Urgent orders go right after the
 * risk-reducing cancels. A {@code reserve} of the budget is kept
 * back from requotes and posts for the next cycles' risk-reducing cancels.
 */
public final class MutationPlanner {
    /** A resting order to replace: the cancel and the new order go together. */
    public record Requote(ClientOrderId cancel, OrderRequest order, long driftTicks) {
        public Requote {
            Objects.requireNonNull(cancel, "cancel");
            Objects.requireNonNull(order, "order");
        }
    }

    /** What goes out this cycle. */
    public record Plan(List<ClientOrderId> cancels, List<OrderRequest> orders, int deferred) {
        public Plan {
            cancels = List.copyOf(cancels);
            orders = List.copyOf(orders);
        }
    }

    private MutationPlanner() {}

    /**
     * @param left mutations the budget has left in the window now
     * @param reserve kept back from requotes and posts (not from risk-reducing cancels)
     */
    public static Plan plan(List<ClientOrderId> riskCancels, List<OrderRequest> urgent, List<Requote> requotes,
            List<OrderRequest> places, int left, int reserve) {
        return plan(riskCancels, urgent, requotes, places, left, reserve, Integer.MAX_VALUE);
    }

    /**
     * @param paced at most this many of the mutations go to requotes and posts ({@link BudgetPacer});
     *              risk-reducing cancels and urgent orders are not paced
     */
    public static Plan plan(List<ClientOrderId> riskCancels, List<OrderRequest> urgent, List<Requote> requotes,
            List<OrderRequest> places, int left, int reserve, int paced) {
        List<ClientOrderId> cancels = new ArrayList<>(riskCancels);
        // Urgent orders (a satellite signal, acted on once) go whatever the budget: the firewall
        // refuses them, audited, when it is spent, rather than the loop dropping them silently.
        List<OrderRequest> orders = new ArrayList<>(urgent);
        int room = Math.min(Math.max(0, paced),
                Math.max(0, left - riskCancels.size() - urgent.size() - Math.max(0, reserve)));
        int deferred = 0;
        List<Requote> stalestFirst = new ArrayList<>(requotes);
        stalestFirst.sort(Comparator.comparingLong(Requote::driftTicks).reversed());
        for (Requote r : stalestFirst) {
            if (room >= 2) {
                cancels.add(r.cancel());
                orders.add(r.order());
                room -= 2;
            } else {
                deferred++;
            }
        }
        for (OrderRequest p : places) {
            if (room >= 1) {
                orders.add(p);
                room--;
            } else {
                deferred++;
            }
        }
        return new Plan(cancels, orders, deferred);
    }
}
