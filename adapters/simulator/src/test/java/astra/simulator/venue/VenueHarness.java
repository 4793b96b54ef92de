package astra.simulator.venue;

import astra.simulator.account.Accounts;
import astra.simulator.event.VenueEvent;
import astra.simulator.lifecycle.SettlementPolicy;
import astra.simulator.lifecycle.SettlementTimings;
import astra.simulator.lifecycle.VirtualScheduler;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.FeeSchedule;
import astra.simulator.matching.MarketSpec;
import astra.simulator.matching.OrderRequest;
import astra.simulator.matching.OrderType;
import astra.simulator.matching.Side;
import astra.simulator.matching.Tick;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** One binary market on a fresh venue at a fixed virtual time, recording every event. */
final class VenueHarness {
    /** 2026-01-01T00:00:00Z. */
    static final long T0 = 1_767_225_600_000L;
    static final String MARKET = "0xmarket";
    static final String YES = "yes-token";
    static final String NO = "no-token";
    static final long MIN_SIZE = Amounts.parse("5");

    final VirtualScheduler clock = new VirtualScheduler(T0);
    final List<VenueEvent> events = new ArrayList<>();
    final Exchange venue;

    VenueHarness() {
        this(SettlementPolicy.neverFail(), FeeSchedule.none());
    }

    VenueHarness(SettlementPolicy policy, FeeSchedule fees) {
        this(policy, fees, owner -> false);
    }

    /** A venue that forgets the done orders of the owners {@code crowd} names. */
    VenueHarness(SettlementPolicy policy, FeeSchedule fees, Predicate<String> crowd) {
        venue = new Exchange(clock, SettlementTimings.defaults(), policy, crowd);
        venue.addMarket(new MarketSpec(MARKET, YES, NO, Tick.HUNDREDTH, MIN_SIZE, fees, ""));
        venue.subscribe(events::add);
    }

    static long p(String decimal) {
        return Amounts.parse(decimal);
    }

    /** Gives an owner plenty of pUSD and of both outcome tokens. */
    VenueHarness rich(String... owners) {
        for (String o : owners) {
            venue.deposit(o, p("100000"));
            venue.accounts().deposit(o, YES, p("100000"));
            venue.accounts().deposit(o, NO, p("100000"));
        }
        return this;
    }

    long pusd(String owner) {
        return venue.accounts().balance(owner, Accounts.PUSD);
    }

    long tokens(String owner, String token) {
        return venue.accounts().balance(owner, token);
    }

    PlaceResult gtc(String owner, String token, Side side, String price, String size) {
        return venue.place(OrderRequest.gtc(owner, token, side, p(price), p(size)));
    }

    PlaceResult immediate(String owner, String token, Side side, String price, String size, OrderType type) {
        return venue.place(OrderRequest.immediate(owner, token, side, p(price), p(size), type));
    }

    OrderView order(String id) {
        return venue.order(id).orElseThrow();
    }

    <T extends VenueEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
