package astra.simulator.world;

import astra.simulator.event.BookSnapshot;
import astra.simulator.event.TradeEvent;
import astra.simulator.event.TradeStatus;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.OrderRejectedException;
import astra.simulator.matching.OrderRequest;
import astra.simulator.matching.Side;
import astra.simulator.matching.Tick;
import astra.simulator.venue.Exchange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The simplest paper maker: every requote it cancels its orders and posts a post-only bid one tick
 * below the YES book's mid and an ask one tick above it (as a BUY of NO at 1 − ask), small size, in
 * every open market. Its fills are what a real paper session's maker would see.
 */
final class MidMaker {
    static final String OWNER = "paper-maker";

    /** One maker fill: a buy of {@code tokenId} at {@code priceMicros}. */
    record Fill(String tradeId, String conditionId, String tokenId, long priceMicros, long sizeMicros, long atMillis) {}

    private final World world;
    private final long sizeMicros;
    private final List<Fill> matched = new ArrayList<>();
    private final Set<String> failed = new HashSet<>();

    MidMaker(World world, long shares) {
        this.world = world;
        this.sizeMicros = shares * Amounts.ONE;
        world.exchange().deposit(OWNER, 1_000_000L * Amounts.ONE);
        world.exchange().subscribe(e -> {
            if (e instanceof TradeEvent t && t.status() == TradeStatus.MATCHED) {
                for (MakerLeg leg : t.trade().makerLegs()) {
                    if (leg.makerOwner().equals(OWNER)) {
                        matched.add(new Fill(t.trade().tradeId(), t.trade().conditionId(), leg.tokenId(),
                                leg.priceMicros(), leg.sizeMicros(), t.trade().matchTimeMillis()));
                    }
                }
            } else if (e instanceof TradeEvent t && t.status() == TradeStatus.FAILED) {
                failed.add(t.trade().tradeId());
            }
        });
    }

    /** Runs a session of {@code millis}, requoting every {@code requoteMillis}. */
    void session(long millis, long requoteMillis) {
        long start = world.nowMillis();
        for (long t = start; t <= start + millis; t += 1_000) {
            world.advanceTo(t);
            if ((t - start) % requoteMillis == 0) {
                world.markets().forEach(this::requote);
            }
        }
    }

    List<Fill> fills() {
        return matched.stream().filter(f -> !failed.contains(f.tradeId())).toList();
    }

    /** Per fill, what a share was worth {@code horizonMillis} later by the hidden value, minus what it cost. */
    List<Long> markoutsPerShare(long horizonMillis) {
        return fills().stream()
                .map(f -> world.tape().tokenValueMicros(f.tokenId(), f.atMillis() + horizonMillis) - f.priceMicros())
                .toList();
    }

    private void requote(WorldMarket m) {
        Exchange venue = world.exchange();
        if (!venue.isOpen(m.conditionId())) {
            return;
        }
        venue.cancelMarket(OWNER, m.conditionId(), Optional.empty());
        BookSnapshot yes = venue.book(m.yesToken());
        if (yes.bids().isEmpty() || yes.asks().isEmpty()) {
            return;
        }
        Tick tick = venue.tick(m.conditionId());
        long mid = (yes.bids().get(0).priceMicros() + yes.asks().get(0).priceMicros()) / 2;
        long bid = tick.floor(mid - tick.micros());
        long ask = tick.ceil(mid + tick.micros());
        place(OrderRequest.gtc(OWNER, m.yesToken(), Side.BUY, bid, sizeMicros).withPostOnly());
        place(OrderRequest.gtc(OWNER, m.noToken(), Side.BUY, Amounts.complement(ask), sizeMicros).withPostOnly());
    }

    private void place(OrderRequest r) {
        try {
            world.exchange().place(r);
        } catch (OrderRejectedException crossingOrTooSmall) {
            // a post-only quote that would cross is simply not placed this round
        }
    }
}
