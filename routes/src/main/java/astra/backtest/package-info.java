/**
 * Backtests: the trading components of a paper session (feeds, rules, quoter, firewall, venue
 * adapter, store, truth report) driven in virtual time over the embedded simulator, as fast as the
 * machine allows. One thread moves the venue's clock a decision period at a time and, after each
 * step, hands the frames the step produced to the feeds, runs a decision cycle and executes its
 * commands; so a run is a deterministic function of its seed, scenario and rules, up to the
 * random order salts.
 *
 * <p>What differs from a paper session is only the transport: in-process channel connections
 * instead of sockets and direct calls instead of Camel queues and timers. The REST venue is the
 * real adapter over loopback HTTP, with real signatures and auth checks.
 */
package astra.backtest;
