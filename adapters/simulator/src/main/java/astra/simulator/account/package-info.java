/**
 * Balances on the simulated venue: pUSD and outcome tokens per address, and holds against them.
 *
 * <p>Invariants: a balance never goes negative; available = balance − Σ holds ≥ 0; every move is
 * between two owners (the venue's fee collector and collateral vault are owners too), so the sum
 * of each asset over all owners changes only by deposits, mints and burns. Tokens exist only as
 * complete YES/NO pairs backed 1:1 by pUSD in the market's vault.
 */
package astra.simulator.account;
