/**
 * Markouts: what adverse selection took back from our fills. For a fill at price P and time t,
 * m_h = sign × (ref(t + h) − P) per share (sign +1 buy, −1 sell; positive = good for us) at
 * h = 30 s, 2 min, 10 min, and in USD m_h × size; the realized spread of a maker fill is
 * sign × (ref at t − P). The reference is the canonical mid as recorded, or an injected
 * {@link astra.strategy.markout.ReferencePrice} (the simulator's hidden fair value: ground truth).
 *
 * <p>Invariants: a markout uses the first reference at or after t + h and never one later than the
 * injected clock's now (no look-ahead in replays), so it stays pending until the horizon has passed
 * and a reference point exists; a fill is counted once by its {@link astra.domain.FillKey} and not
 * at all once FAILED; statistics are exact {@link java.math.BigDecimal} (square roots to 16
 * significant digits). Not thread-safe: one owner feeds and reads a tracker.
 */
package astra.strategy.markout;
