package astra.execution.firewall;

import astra.domain.InvalidOrderException;
import astra.domain.Market;
import astra.domain.OrderIntent;
import astra.domain.Reservation;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.Usd;
import astra.execution.Units;
import astra.ports.OrderStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The checks an intent must pass at send time, beyond what {@link OrderIntent} refuses at
 * construction: the market it names, its tick, size, expiration, the caller's permissions and the
 * balance left after every reservation. The first failing check refuses it.
 */
final class IntentChecks {
    private final FirewallConfig config;
    private final Clock clock;
    private final OrderStore store;
    private final CollateralBalance balance;

    IntentChecks(FirewallConfig config, Clock clock, OrderStore store, CollateralBalance balance) {
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.balance = balance;
    }

    Optional<Refusal> check(OrderRequest request) {
        OrderIntent intent = request.intent();
        Market market = request.market();
        if (!intent.market().equals(market.conditionId()) || market.outcomeOf(intent.token()).isEmpty()) {
            return refuse(intent, RefusalCode.MARKET_MISMATCH, "intent names market " + intent.market() + " token "
                    + intent.token() + ", which are not market " + market.conditionId() + "'s");
        }
        if (intent.tickSize() != market.tickSize()) {
            return refuse(intent, RefusalCode.STALE_TICK, "priced on tick " + intent.tickSize()
                    + " but the market's tick is now " + market.tickSize());
        }
        TickSize tick = market.tickSize();
        if (!intent.price().isOnTick(tick) || intent.price().isBelow(tick.minPrice())
                || intent.price().isAbove(tick.maxPrice())) {
            return refuse(intent, RefusalCode.PRICE_OUT_OF_RANGE, "price " + intent.price() + " not on tick " + tick
                    + " within [" + tick.minPrice() + ", " + tick.maxPrice() + "]");
        }
        if (market.clocks().isClosed(clock)) {
            return refuse(intent, RefusalCode.MARKET_CLOSED, "market closed at " + market.clocks().closesAt());
        }
        return checkSize(intent, market)
                .or(() -> checkExpiration(intent))
                .or(() -> checkPermissions(intent, request.permissions()))
                .or(() -> checkBalance(request));
    }

    private Optional<Refusal> checkSize(OrderIntent intent, Market market) {
        if (intent.type().rests()) {
            if (intent.size().compareTo(market.minSize()) < 0) {
                return refuse(intent, RefusalCode.BELOW_MIN_SIZE, "size " + intent.size()
                        + " below the market's minimum " + market.minSize());
            }
        } else {
            Usd notional = Units.toUsd(intent.size(), intent.price());
            if (notional.compareTo(config.minMarketableNotional()) < 0) {
                return refuse(intent, RefusalCode.BELOW_MIN_SIZE, "notional " + notional
                        + " below the marketable minimum " + config.minMarketableNotional());
            }
        }
        try {
            ReservationSizing.forIntent(intent, market.feeSchedule());
        } catch (InvalidOrderException e) {
            return refuse(intent, RefusalCode.BELOW_MIN_SIZE, e.getMessage());
        }
        return Optional.empty();
    }

    private Optional<Refusal> checkExpiration(OrderIntent intent) {
        if (intent.expiration().isEmpty()) {
            return Optional.empty();
        }
        Instant earliest = clock.instant().plus(config.gtdThreshold()).plus(config.gtdSafetyBuffer());
        Instant expiration = intent.expiration().get();
        if (expiration.isBefore(earliest)) {
            return refuse(intent, RefusalCode.GTD_INSIDE_THRESHOLD, "expiration " + expiration
                    + " is before now + threshold " + config.gtdThreshold() + " + buffer " + config.gtdSafetyBuffer()
                    + " = " + earliest);
        }
        return Optional.empty();
    }

    private static Optional<Refusal> checkPermissions(OrderIntent intent, OrderPermissions permissions) {
        if (permissions.reduceOnly() && intent.side() == Side.BUY) {
            return refuse(intent, RefusalCode.REDUCE_ONLY, "reduce-only: a buy may add exposure");
        }
        boolean allowed = intent.side() == Side.BUY ? permissions.buysAllowed() : permissions.sellsAllowed();
        if (!allowed) {
            return refuse(intent, RefusalCode.SIDE_NOT_PERMITTED, intent.side() + " orders are not permitted");
        }
        return Optional.empty();
    }

    private Optional<Refusal> checkBalance(OrderRequest request) {
        OrderIntent intent = request.intent();
        Reservation needed = ReservationSizing.forIntent(intent, request.market().feeSchedule());
        if (needed instanceof Reservation.Collateral c) {
            Usd reserved = Usd.ZERO;
            for (Reservation r : store.reservations()) {
                if (r instanceof Reservation.Collateral held) {
                    reserved = reserved.plus(held.amount());
                }
            }
            Usd available = balance.total().minus(reserved);
            if (c.amount().compareTo(available) > 0) {
                return refuse(intent, RefusalCode.INSUFFICIENT_COLLATERAL, "needs " + c.amount() + " pUSD, "
                        + available + " available (balance " + balance.total() + " less " + reserved + " reserved)");
            }
            return Optional.empty();
        }
        Reservation.Tokens t = (Reservation.Tokens) needed;
        Shares held = store.position(intent.token()).map(p -> p.size()).orElse(Shares.ZERO);
        Shares reserved = store.reservedTokens(intent.token());
        long available = held.micros() - reserved.micros();
        if (t.amount().micros() > available) {
            return refuse(intent, RefusalCode.INSUFFICIENT_TOKENS, "sells " + t.amount() + " tokens, "
                    + held + " held of which " + reserved + " already reserved");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(OrderIntent intent, RefusalCode code, String detail) {
        return Optional.of(new Refusal(intent.clientOrderId(), code, detail));
    }
}
