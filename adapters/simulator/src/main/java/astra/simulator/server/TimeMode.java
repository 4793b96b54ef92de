package astra.simulator.server;

/**
 * How the venue's clock moves. REAL: with wall time, for paper sessions. VIRTUAL: only when the
 * caller advances it, for backtests and tests (fast and deterministic).
 */
public enum TimeMode {
    REAL,
    VIRTUAL
}
