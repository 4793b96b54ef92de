package astra.cli;

/**
 * Where commands read environment variables (secrets such as {@code ASTRA_PRIVATE_KEY}). Injected
 * so that tests give a key without touching the process's real environment.
 */
@FunctionalInterface
public interface Environment {
    Environment SYSTEM = System::getenv;

    /** The variable's value, or null when it is not set. */
    String get(String name);
}
