/**
 * Astra's speed, measured: the {@code ./astra bench NAME} harness. Each named measure runs its own
 * code and a same-run baseline alternately, round by round, so both share the machine's noise (the
 * machines here are small, shared and noisy), and reports medians, p99 and the ratio the goal is
 * stated in. These are benchmarks run on purpose, never timed unit tests.
 *
 * <p>Invariants: a measure prints its figure and its baseline as its last lines, then
 * {@code GOAL MET} or {@code GOAL MISSED}; a goal is judged only from numbers measured in that
 * run; every workload is checked for the right result before it is timed, so a fast wrong path
 * cannot pass; workloads are deterministic (seeded), so two runs time the same work.
 */
package astra.bench;
