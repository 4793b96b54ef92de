package astra.execution.firewall;

import java.util.List;

/**
 * The loud end of a cancel-all that could not be confirmed: after every allowed pass the venue
 * still showed orders of ours open, or could not be asked. Orders may be live and unmanaged; a
 * person must look. The firewall stays closed to new orders.
 */
public class CancelAllFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> failedPasses;

    public CancelAllFailedException(String reason, int attempts, List<String> failedPasses) {
        super("CANCEL-ALL NOT CONFIRMED after " + attempts + " attempts (" + reason + "); orders may still be open: "
                + String.join("; ", failedPasses));
        this.failedPasses = List.copyOf(failedPasses);
    }

    public List<String> failedPasses() {
        return failedPasses;
    }
}
