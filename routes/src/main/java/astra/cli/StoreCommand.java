package astra.cli;

import astra.domain.Order;
import astra.domain.OrderStatus;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code astra store}: look at the order store (and bring its schema up to date). */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Open the order store, apply its schema migrations, and print what it holds.")
final class StoreCommand implements Runnable {

    @Mixin
    StoreOptions store = new StoreOptions();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        StoreConfig config = store.config(AstraCli.environment(spec));
        PrintWriter out = spec.commandLine().getOut();
        try (JdbcOrderStore s = JdbcOrderStore.open(config, Clock.systemUTC())) {
            Map<OrderStatus, Integer> unsettled = new EnumMap<>(OrderStatus.class);
            for (Order o : s.unsettledOrders()) {
                unsettled.merge(o.status(), 1, Integer::sum);
            }
            out.println("order store: " + config.redactedUrl());
            out.println("  unsettled orders: " + (unsettled.isEmpty() ? "none" : unsettled));
            out.println("  fills:            " + s.fills().size());
            out.println("  positions:        " + s.positions().size());
            out.println("  reservations:     " + s.reservations().size());
        }
        out.flush();
    }
}
