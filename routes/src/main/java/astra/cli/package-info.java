/**
 * The command line that the {@code ./astra} launcher runs. Each command is a small picocli class
 * that assembles components and prints results; no trading logic lives here.
 *
 * <p>Invariants: errors end in a one-line message and a non-zero exit code, never a stack trace
 * for bad input; secrets are never printed.
 */
package astra.cli;
