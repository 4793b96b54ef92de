package astra.runtime;

import astra.execution.firewall.CancelResult;
import astra.execution.firewall.ExecutionControl;
import astra.execution.firewall.OrderGateway;
import astra.execution.firewall.ReconciliationReport;
import astra.execution.firewall.Refusal;
import astra.domain.Fill;
import astra.domain.OrderStatus;
import astra.execution.firewall.SubmitResult;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor's sender: the one consumer of the executor queue, and the only caller of the
 * firewall's gateway and control. Every refusal is logged with the firewall's code. The
 * {@link OrdersInFlight} lets the quoting side wait for its previous orders to be recorded before
 * it reads the store again, so it never quotes a slot twice.
 */
public final class OrderSender {
    private static final Logger LOG = LoggerFactory.getLogger(OrderSender.class);

    private final OrderGateway gateway;
    private final ExecutionControl control;
    private final AstraMetrics metrics;
    private final SessionStats stats;
    private final OrdersInFlight inFlight;
    private final VenueErrorRate venueErrors;

    public OrderSender(OrderGateway gateway, ExecutionControl control, AstraMetrics metrics, SessionStats stats,
            OrdersInFlight inFlight, VenueErrorRate venueErrors) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.control = Objects.requireNonNull(control, "control");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.inFlight = Objects.requireNonNull(inFlight, "inFlight");
        this.venueErrors = Objects.requireNonNull(venueErrors, "venueErrors");
    }

    /**
     * Carries the command out. Returns the fills a reconciliation recorded that the store did not
     * have (the user feed missed them): they go to the decision thread as the user feed's do, so
     * markouts and unsettled buys see every fill, whoever recorded it. Empty for any other command.
     */
    public List<Fill> execute(ExecutorCommand command) {
        try {
            if (command instanceof ExecutorCommand.Submit s) {
                submit(s);
            } else if (command instanceof ExecutorCommand.Cancel c) {
                cancel(c);
            } else if (command instanceof ExecutorCommand.Reconcile r) {
                return reconcile(r.why());
            } else if (command instanceof ExecutorCommand.CancelAll a) {
                LOG.info("cancel-all ({}): {}", a.reason(), control.cancelAll(a.reason()));
            }
            return List.of();
        } finally {
            inFlight.finished(command);
        }
    }

    private void submit(ExecutorCommand.Submit s) {
        for (SubmitResult result : gateway.submit(s.requests())) {
            if (result instanceof Refusal r) {
                stats.refused();
                metrics.order("refused");
                metrics.refusal(r.code().name());
                LOG.info("order refused: client={} code={} ({})", r.clientOrderId(), r.code(), r.detail());
            } else if (result instanceof SubmitResult.Sent sent) {
                // No clear answer is a failed request; an answer, even a rejection, is not.
                if (sent.status() == OrderStatus.UNKNOWN) {
                    venueErrors.failed();
                } else {
                    venueErrors.succeeded();
                }
                switch (sent.status()) {
                    case LIVE, PARTIALLY_FILLED, FILLED -> {
                        stats.quoteSent();
                        metrics.order("sent");
                    }
                    case REJECTED -> {
                        metrics.order("rejected");
                        LOG.info("order rejected by venue: client={} ({})", sent.clientOrderId(),
                                sent.reason().orElse("no reason"));
                    }
                    default -> metrics.order("unknown");
                }
            }
        }
    }

    private void cancel(ExecutorCommand.Cancel c) {
        CancelResult result = gateway.cancel(c.orders(), c.reason());
        result.cancelled().forEach(id -> venueErrors.succeeded());
        result.unconfirmed().forEach(id -> venueErrors.failed());
        // Counted as the venue confirmed them; a cancel the firewall refused (budget) is a refusal.
        stats.cancelled(result.cancelled().size());
        metrics.cancels(result.cancelled().size());
        for (Refusal r : result.refused()) {
            stats.refused();
            metrics.refusal(r.code().name());
        }
        LOG.debug("cancel {} orders ({}): {}", c.orders().size(), c.reason(), result);
    }

    private List<Fill> reconcile(String why) {
        ReconciliationReport report = control.reconcile();
        LOG.info("reconciled ({}): {}", why, report.summary());
        return report.recordedFills();
    }
}
