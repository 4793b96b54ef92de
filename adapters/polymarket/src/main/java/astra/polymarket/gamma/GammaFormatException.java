package astra.polymarket.gamma;

/** A Gamma answer that cannot be read as the venue documents it; names the market and the field. */
public final class GammaFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public GammaFormatException(String message) {
        super(message);
    }

    public GammaFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
