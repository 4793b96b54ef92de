/**
 * The fact store: what the rules reason about, held in Hazelcast maps keyed by market.
 *
 * <p>Invariants: facts are derived values written at decision cadence in batches ({@code putAll}),
 * never one map write per book message (a Hazelcast write costs tens of microseconds); every map is
 * keyed by the market's condition id so that, later, a market can be owned by one cluster member and
 * move to a survivor; fact values are flat immutable records (Compact serialization) with money in
 * millionths, never {@code double} (scores and statistics are {@code BigDecimal}). Cluster ids come
 * from {@link astra.facts.ClusterAssignment}, a pure function: a negRisk event is one cluster.
 * The maps are the shared record; each member also keeps a local view of every map (its own writes
 * written through, other members' writes through entry listeners once there are other members),
 * from which a cycle's snapshot is copied, and a fact equal to what the map holds is not written.
 */
package astra.facts;
