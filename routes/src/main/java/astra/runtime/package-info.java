/**
 * Assembly of a running Astra: Camel Main with its properties, the embedded simulator, Hazelcast
 * member and order store, the decision thread's maker loop, the executor's sender, metrics and
 * the admin endpoint.
 *
 * <p>Invariants: one thread (the {@code decision-cycle} route's single seda consumer) owns the
 * rule session, the quoter's state and the markout tracker; one thread (the {@code market-feed}
 * consumer) owns the books; one thread (the {@code executor} consumer) talks to the firewall. They
 * hand immutable values to one another through seda queues. Every time read goes through the
 * injected {@link java.time.Clock}. A session ({@link astra.runtime.TradingSession}, used by paper
 * and live) records its run, mark tape and the reference prices its report used in the store, so
 * {@link astra.runtime.StoredRunReport} rebuilds the same report from the store alone; the decision
 * thread only queues tape points, a writer thread stores them in batches.
 */
package astra.runtime;
