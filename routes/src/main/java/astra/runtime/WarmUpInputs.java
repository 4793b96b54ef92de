package astra.runtime;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.Order;
import astra.domain.OrderIntent;
import astra.domain.OrderStatus;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.execution.firewall.OrderRequest;
import astra.strategy.QuotePermissions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Made-up inputs for {@link MakerLoop#warmUp}: books, permissions, inventory, toxicity and resting
 * orders that vary the way a session's do, in the collection types the session passes. The JIT
 * compiles for the branches and types it has seen; code warmed on one kind of input is thrown away
 * at the first input of another kind, and then takes minutes to compile again at a few calls a second.
 */
final class WarmUpInputs {
    private static final BigDecimal[] TOXICITY = {BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.15"),
            new BigDecimal("0.6"), BigDecimal.ONE};

    private final Random random;
    private final Clock clock;
    private final Map<ConditionId, Long> mids = new HashMap<>();

    WarmUpInputs(Random random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /**
     * The market's YES mid (millionths, on its tick): a walk of up to two ticks a round from
     * one half, kept between a quarter and three quarters, as a session's mids move.
     */
    long mid(Market m) {
        long tick = m.tickSize().micros();
        long last = mids.getOrDefault(m.conditionId(), 500_000L / tick * tick);
        long next = Math.max(250_000L / tick * tick, Math.min(750_000L / tick * tick,
                last + (random.nextInt(5) - 2) * tick));
        mids.put(m.conditionId(), next);
        return next;
    }

    /**
     * Up to three levels a side around {@code mid}: sometimes one side or both are empty (nothing
     * but our orders: no mid, no quote) or the spread is a single tick; {@code ours} rest in it at
     * their prices, so the book less our orders has work to do. A session meets each of these
     * within seconds, and code compiled without them is thrown away when it does
     * (docs/benchmarks.md, latency). Never a stale or crossed book: the mid logs those as warnings.
     */
    Book book(TokenId token, Market m, long mid, List<Order> ours) {
        long tick = m.tickSize().micros();
        int shape = random.nextInt(16);
        int half = shape == 0 ? 1 : 1 + random.nextInt(3);
        List<BookLevel> bids = new ArrayList<>(3);
        List<BookLevel> asks = new ArrayList<>(3);
        for (int k = 0; k < 3; k++) {
            long bid = mid - (half + k) * tick;
            long ask = mid + (half + k) * tick;
            if (shape != 1 && shape != 3 && bid > 0) {
                bids.add(new BookLevel(new Price(bid), size()));
            }
            if (shape != 2 && shape != 3 && ask < 1_000_000) {
                asks.add(new BookLevel(new Price(ask), size()));
            }
        }
        long bestBid = bids.isEmpty() ? 0 : bids.get(0).price().micros();
        long bestAsk = asks.isEmpty() ? 1_000_000 : asks.get(0).price().micros();
        for (Order o : ours) {
            long at = o.intent().price().micros();
            boolean buy = o.intent().side() == Side.BUY;
            // Where it would cross, the venue would have matched it: a book never shows that.
            if (!o.intent().token().equals(token) || (buy ? at >= bestAsk : at <= bestBid)) {
                continue;
            }
            (buy ? bids : asks).add(new BookLevel(o.intent().price(), o.remaining().plus(size())));
            if (buy) {
                bestBid = Math.max(bestBid, at);
            } else {
                bestAsk = Math.min(bestAsk, at);
            }
        }
        bids.sort((a, b) -> b.price().compareTo(a.price()));
        asks.sort((a, b) -> a.price().compareTo(b.price()));
        return new Book(token, merged(bids), merged(asks), m.tickSize(), 0, clock.instant());
    }

    /** A book holds one level per price. */
    private static List<BookLevel> merged(List<BookLevel> sorted) {
        List<BookLevel> out = new ArrayList<>(sorted.size());
        for (BookLevel l : sorted) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).price().equals(l.price())) {
                out.set(last, new BookLevel(l.price(), out.get(last).size().plus(l.size())));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    Optional<Price> lastTrade(long mid) {
        return random.nextBoolean() ? Optional.empty() : Optional.of(new Price(mid));
    }

    /** Mostly everything allowed; sometimes reduce-only, one side, cut sizes, a wider spread or a veto. */
    QuotePermissions permissions() {
        QuotePermissions all = QuotePermissions.unrestricted();
        return switch (random.nextInt(12)) {
            case 0 -> all.withReduceOnly(true);
            case 1 -> all.withSides(true, false);
            case 2 -> all.withSides(false, true);
            case 3 -> all.withSizing(new BigDecimal("0.5"), new BigDecimal("0.75"));
            case 4 -> all.withSpreadWidenFactor(new BigDecimal("1.5"));
            case 5 -> QuotePermissions.vetoed("warm-up");
            default -> all;
        };
    }

    /** None, YES or NO tokens held, or both. */
    Map<TokenId, Shares> holdings(Market m) {
        Map<TokenId, Shares> held = new HashMap<>();
        int kind = random.nextInt(4);
        if (kind == 1 || kind == 3) {
            held.put(m.yesToken(), Shares.whole(random.nextInt(300)));
        }
        if (kind == 2 || kind == 3) {
            held.put(m.noToken(), Shares.whole(random.nextInt(300)));
        }
        return held;
    }

    /**
     * What the budget has left for a round, of {@code limit}: mostly all of it, sometimes a little
     * or nothing, as when a session has spent its minute's mutations and the planner defers.
     */
    int budgetLeft(int limit) {
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> Math.min(limit, 1 + random.nextInt(3));
            default -> limit;
        };
    }

    /**
     * Markets quoted in one round: mostly one, as a move does; one round in 64, up to twelve, as a
     * cycle does (rarely enough to add about a tenth to the warm-up's time).
     */
    int marketsThisRound(int universe) {
        return random.nextInt(64) == 0 ? Math.min(universe, 2 + random.nextInt(11)) : 1;
    }

    /**
     * The markets a round takes as judged by book moves since the last cycle: mostly none, as a move
     * passes; sometimes some of the round's, in the set shapes a cycle passes ({@code Set.copyOf}).
     */
    Set<ConditionId> judgedByMoves(List<Market> quoted) {
        if (random.nextInt(4) != 0) {
            return Set.of();
        }
        Set<ConditionId> judged = new HashSet<>();
        for (Market m : quoted) {
            if (random.nextBoolean()) {
                judged.add(m.conditionId());
            }
        }
        return Set.copyOf(judged);
    }

    /** Whether the cancels a round asked for may be asked again (their retry period passed). */
    boolean cancelRetryPassed() {
        return random.nextInt(4) == 0;
    }

    /** The urgent orders a round passes, none: a move passes an immutable list, a cycle the satellite desk's. */
    List<OrderRequest> noUrgentOrders() {
        return random.nextBoolean() ? List.of() : new ArrayList<>(0);
    }

    BigDecimal toxicity() {
        return TOXICITY[random.nextInt(TOXICITY.length)];
    }

    /** What the last round's requests left resting: now and then one is still in flight or part filled. */
    List<Order> restingOf(List<Order> last) {
        List<Order> mine = new ArrayList<>(last.size());
        Instant now = clock.instant();
        for (Order o : last) {
            int fate = random.nextInt(20);
            if (fate == 0) {
                continue; // filled or cancelled at the venue
            }
            if (fate == 1) {
                mine.add(new Order(o.intent(), o.venueId(), OrderStatus.UNKNOWN, o.filled(), now, now, Optional.empty()));
            } else if (fate == 2 && o.filled().isZero()) {
                Shares half = new Shares(o.intent().size().micros() / 2);
                mine.add(new Order(o.intent(), o.venueId(), OrderStatus.PARTIALLY_FILLED, half, now, now,
                        Optional.empty()));
            } else if (fate == 3 && o.status() == OrderStatus.LIVE) {
                mine.add(o);
                mine.add(twinOf(o));
            } else {
                mine.add(o);
            }
        }
        // The cycle passes an immutable empty list for a market without orders, a move an ArrayList.
        return mine.isEmpty() && random.nextBoolean() ? List.of() : mine;
    }

    /**
     * A second order in the same slot at the same price, as when a requote raced a fill: the slot
     * keeps one and cancels the other, and the book less our orders takes both off one level.
     * Sessions meet it rarely, and code never run in the warm-up is thrown away when they do.
     */
    private Order twinOf(Order o) {
        OrderIntent i = o.intent();
        return resting(withIds(i, new ClientOrderId(i.clientOrderId().value() + "-twin"), i.market(), i.token()));
    }

    /**
     * A request as the store would show it once the venue took it; half the time with ids equal to
     * the request's but not the same objects, as a session's orders have once the store rebuilt them
     * from the venue's answers. Warmed only on the same objects, the ids' {@code equals} was compiled
     * without its branch for equal hashes, and the first such order in a session threw the compiled
     * quoting path away for a minute or more (docs/benchmarks.md, latency, session 16).
     */
    Order resting(OrderIntent intent) {
        Instant now = clock.instant();
        OrderIntent held = random.nextBoolean() ? intent : withCopiedIds(intent);
        return new Order(held, Optional.empty(), OrderStatus.LIVE, Shares.ZERO, now, now, Optional.empty());
    }

    private static OrderIntent withCopiedIds(OrderIntent i) {
        return withIds(i, new ClientOrderId(i.clientOrderId().value()), new ConditionId(i.market().value()),
                new TokenId(i.token().value()));
    }

    /** The intent with these ids and everything else as it was. */
    private static OrderIntent withIds(OrderIntent i, ClientOrderId id, ConditionId market, TokenId token) {
        return new OrderIntent(id, market, token, i.side(), i.price(), i.size(), i.tickSize(), i.type(), i.postOnly(),
                i.expiration(), i.reason());
    }

    private Shares size() {
        return Shares.whole(5 + random.nextInt(500));
    }
}
