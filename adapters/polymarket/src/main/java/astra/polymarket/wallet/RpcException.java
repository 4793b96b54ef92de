package astra.polymarket.wallet;

/** A JSON-RPC call that failed: no answer, an error object, or an answer that cannot be read. */
public final class RpcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RpcException(String message) {
        super(message);
    }

    public RpcException(String message, Throwable cause) {
        super(message, cause);
    }
}
