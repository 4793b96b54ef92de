package astra.execution.firewall;

/**
 * What the caller (the strategy, from the rules' decisions) allows for one order. Reduce-only
 * refuses every buy: selling held tokens is the only order that surely reduces exposure (buying the
 * complementary outcome may hedge, but the firewall does not judge that), and a sell beyond the
 * holding is refused anyway by the token balance check.
 */
public record OrderPermissions(boolean buysAllowed, boolean sellsAllowed, boolean reduceOnly) {
    public static final OrderPermissions ALL = new OrderPermissions(true, true, false);
    public static final OrderPermissions REDUCE_ONLY = new OrderPermissions(false, true, true);
}
