package astra.polymarket.rest;

/**
 * The venue's rate-limit families and their published burst limits per 10 s. Astra's client keeps
 * to {@link RestSettings#limitShare()} of each, so a burst of ours never meets the venue's limiter.
 */
public enum EndpointFamily {
    POST_ORDER(3_500),
    POST_ORDERS(1_000),
    DELETE_ORDER(3_000),
    BOOK(1_500),
    OTHER(1_000);

    private final int venueLimitPer10s;

    EndpointFamily(int venueLimitPer10s) {
        this.venueLimitPer10s = venueLimitPer10s;
    }

    public int venueLimitPer10s() {
        return venueLimitPer10s;
    }
}
