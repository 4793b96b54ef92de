package astra.simulator.fault;

/** How the answer of an accepted order is lost: the connection closes, or a 5xx comes back. */
public enum LostResponse {
    CLOSE_CONNECTION,
    SERVER_ERROR
}
