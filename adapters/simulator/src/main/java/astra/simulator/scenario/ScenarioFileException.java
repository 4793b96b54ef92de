package astra.simulator.scenario;

/** A scenario file that cannot be used: the message names the source, the key path and the reason. */
public final class ScenarioFileException extends IllegalArgumentException {
    public ScenarioFileException(String message) {
        super(message);
    }

    public ScenarioFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
