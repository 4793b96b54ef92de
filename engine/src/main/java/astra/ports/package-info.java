/**
 * The engine's ports: what it needs from the outside world, implemented by the adapters. The
 * engine depends on these interfaces only, never on a venue protocol, JDBC or Camel.
 */
package astra.ports;
