package astra.routes;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.execution.firewall.CancelAllReport;
import astra.execution.firewall.CancelResult;
import astra.execution.firewall.ExecutionControl;
import astra.execution.firewall.FirewallStatus;
import astra.execution.firewall.OrderGateway;
import astra.execution.firewall.OrderRequest;
import astra.execution.firewall.ReconcileAction;
import astra.execution.firewall.ReconciliationReport;
import astra.execution.firewall.SubmitResult;
import astra.runtime.AstraMetrics;
import astra.runtime.ExecutorCommand;
import astra.runtime.OrderSender;
import astra.runtime.OrdersInFlight;
import astra.runtime.SessionStats;
import astra.runtime.VenueErrorRate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/** The executor route hands the fills a reconciliation recorded to the decision thread, as the user feed's. */
class ExecutorRouteTest extends CamelTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Fill MISSED = new Fill(FillKey.taker(new TradeId("t-missed")), new OrderId("0xmine"),
            new ConditionId("0xc0"), new TokenId("1001"), Side.BUY, Price.parse("0.40"), Shares.whole(10),
            Liquidity.TAKER, Usd.ZERO, TradeStatus.MATCHED, NOW);

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.setProperty("astra.reconcile.period-ms", "3600000"); // the test asks; the timers stay out of it
        p.setProperty("astra.gtd-check.period-ms", "3600000");
        return p;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        OrderSender sender = new OrderSender(new NoGateway(), new ReconcilingControl(), new AstraMetrics(),
                new SessionStats(), new OrdersInFlight(), new VenueErrorRate(Clock.systemUTC(), Duration.ofMinutes(1)));
        return new RoutesBuilder[] {new ExecutorRoute(sender, () -> false), new RouteBuilder() {
            @Override
            public void configure() {
                from(Endpoints.DECISIONS).to("mock:decisions");
            }
        }};
    }

    @Test
    void aFillOnlyTheReconciliationFound_reachesTheDecisionThread() throws Exception {
        MockEndpoint decisions = getMockEndpoint("mock:decisions");
        decisions.expectedBodiesReceived(MISSED);
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("executor").whenCompleted(2).create();

        template.sendBody(Endpoints.EXECUTOR, new ExecutorCommand.CancelAll("nothing to hand on"));
        template.sendBody(Endpoints.EXECUTOR, new ExecutorCommand.Reconcile("test"));

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        decisions.assertIsSatisfied();
    }

    /** Reconciles by finding one fill the store did not have; cancel-all does nothing. */
    private static final class ReconcilingControl implements ExecutionControl {
        @Override
        public ReconciliationReport reconcile() {
            return new ReconciliationReport(NOW, Map.of(ReconcileAction.FILL_RECORDED, 1), List.of(MISSED));
        }

        @Override
        public CancelAllReport cancelAll(String reason) {
            return null;
        }

        @Override
        public CancelAllReport halt(String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void resume(String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FirewallStatus status() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int mutationLimit() {
            return 60;
        }

        @Override
        public int mutationsInWindow() {
            return 0;
        }

        @Override
        public void mutationLimit(int perWindow) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class NoGateway implements OrderGateway {
        @Override
        public List<SubmitResult> submit(List<OrderRequest> requests) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CancelResult cancel(List<ClientOrderId> orders, String reason) {
            throw new UnsupportedOperationException();
        }
    }
}
