/**
 * Parity in paper mode: each decision cycle publishes every market's YES/NO book pair as a
 * {@link astra.facts.ParityCandidate} so the parity rules decide, scans both books with the
 * {@link astra.strategy.parity.ParityScanner}, and records what it finds with the rules' verdict.
 *
 * <p>Invariants: nothing here sends an order (the records are the whole output); both books are
 * read as they are, with each book's own last-update time for freshness; a verdict is the rules'
 * (allowed only when {@link astra.rules.MarketDecision#parityAllowed()}; a denial names the denying
 * rules), never the scanner's own opinion; the recorder is thread-safe, since the decision thread
 * writes it while sessions and metrics read it.
 */
package astra.runtime.parity;
