package astra.domain;

/** An order the venue would refuse, refused before it leaves Astra. */
public class InvalidOrderException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidOrderException(String message) {
        super(message);
    }
}
