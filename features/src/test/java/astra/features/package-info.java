/**
 * Step definitions for the acceptance specs, in one shared vocabulary ({@link astra.features.Vocabulary}):
 * parameter types for market, side, price and order type, data tables for books and positions.
 * Steps drive the real engine (and, from the rules issue on, the real files in {@code rules/}).
 */
package astra.features;
