package astra.execution.firewall;

import astra.domain.ClientOrderId;
import java.util.Objects;

/** An order or cancel the firewall refused, with the code of the check that refused it. */
public record Refusal(ClientOrderId clientOrderId, RefusalCode code, String detail) implements SubmitResult {
    public Refusal {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
