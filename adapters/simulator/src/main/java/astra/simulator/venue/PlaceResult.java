package astra.simulator.venue;

/**
 * The venue's answer to an accepted order, after matching. KILLED is a FOK that could not fill
 * completely or a FAK that found nothing: accepted, then cancelled whole, with the venue's
 * message in {@code errorMsg} (the REST layer answers it as the venue's error).
 *
 * @param makingAmountMicros what the order gave: pUSD for a BUY (before fee), tokens for a SELL
 * @param takingAmountMicros what it got: tokens for a BUY, pUSD for a SELL (before fee)
 */
public record PlaceResult(String orderId, Status status, long makingAmountMicros, long takingAmountMicros,
                          long feeMicros, String errorMsg) {
    /** The venue's post-order statuses that the simulator produces. */
    public enum Status { LIVE, MATCHED, KILLED }

    public boolean success() {
        return status != Status.KILLED;
    }
}
