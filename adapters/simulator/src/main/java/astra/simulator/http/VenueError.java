package astra.simulator.http;

/** An answer the venue gives as {@code {"error": message}} with an HTTP status. */
public final class VenueError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public VenueError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static VenueError badRequest(String message) {
        return new VenueError(400, message);
    }

    public static VenueError unauthorized() {
        return new VenueError(401, "Unauthorized/Invalid api key");
    }

    public static VenueError notFound(String message) {
        return new VenueError(404, message);
    }
}
