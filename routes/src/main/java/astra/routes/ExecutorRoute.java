package astra.routes;

import astra.runtime.ExecutorCommand;
import astra.runtime.OrderSender;
import java.util.Objects;
import org.apache.camel.builder.RouteBuilder;

/**
 * The executor's sender: one consumer, so the firewall sees one command at a time. Timers ask it
 * to reconcile ({@code astra.reconcile.period-ms}) and to check for GTD orders past their
 * expiration ({@code astra.gtd-check.period-ms}), which a reconciliation then settles.
 */
public final class ExecutorRoute extends RouteBuilder {
    private final OrderSender sender;
    private final GtdCheck gtdCheck;

    /** Whether any order the store holds open has passed its GTD expiration. */
    @FunctionalInterface
    public interface GtdCheck {
        boolean anyExpired();
    }

    public ExecutorRoute(OrderSender sender, GtdCheck gtdCheck) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.gtdCheck = Objects.requireNonNull(gtdCheck, "gtdCheck");
    }

    @Override
    public void configure() {
        from(Endpoints.EXECUTOR).routeId("executor")
                .bean(sender, "execute(${body})")
                .split(body()) // fills a reconciliation recorded, to the decision thread as the user feed's
                    .to(Endpoints.DECISIONS)
                .end();

        from("timer:reconcile?period={{astra.reconcile.period-ms}}&delay={{astra.reconcile.period-ms}}")
                .routeId("reconcile-timer")
                .setBody(constant(new ExecutorCommand.Reconcile("periodic")))
                .to(Endpoints.EXECUTOR);

        from("timer:gtd-expiry?period={{astra.gtd-check.period-ms}}").routeId("gtd-expiry-timer")
                .filter(exchange -> gtdCheck.anyExpired())
                .setBody(constant(new ExecutorCommand.Reconcile("GTD orders past their expiration")))
                .to(Endpoints.EXECUTOR);
    }
}
