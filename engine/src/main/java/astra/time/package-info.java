/**
 * Time as Astra reads it. Every component takes a {@link java.time.Clock}; live runs pass the
 * system clock, backtests and tests a {@link astra.time.VirtualClock} that they move themselves,
 * so the same components run in virtual time.
 */
package astra.time;
