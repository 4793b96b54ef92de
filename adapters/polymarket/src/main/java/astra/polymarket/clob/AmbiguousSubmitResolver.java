package astra.polymarket.clob;

import astra.domain.OrderId;
import astra.domain.TokenId;
import astra.polymarket.rest.RestTransport.Sleeper;
import astra.polymarket.rest.VenueException;
import astra.polymarket.signing.SignedOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out what became of a submit that ended {@code AMBIGUOUS} (time-out, 425, 5xx, unreadable
 * answer). The venue has no idempotency key, but the order's id is the signed order's EIP-712 hash,
 * known before sending, so the venue can be asked about exactly that order:
 *
 * <ol>
 *   <li>GET /data/order/{hash} — the order if it is active;
 *   <li>GET /data/orders filtered by that id and token — the same, from the paged view;
 *   <li>GET /data/trades for the token since shortly before the submit — trades naming the hash
 *       as taker order or in a maker leg.
 * </ol>
 *
 * Repeated up to {@link Settings#maxAttempts()} times with a pause between rounds. The outcome is
 * never "rejected": without a trace it is {@link SubmitResolution.NotFoundYet}.
 */
public final class AmbiguousSubmitResolver {
    private static final Logger LOG = LoggerFactory.getLogger(AmbiguousSubmitResolver.class);

    /**
     * @param maxAttempts rounds of lookups ({@link #DEFAULT_MAX_ATTEMPTS})
     * @param pause between rounds ({@link #DEFAULT_PAUSE}): the venue may need a moment to show the order
     * @param lookBack how far before the submit trades are searched ({@link #DEFAULT_LOOK_BACK}),
     *     covering clock skew between us and the venue
     */
    public record Settings(int maxAttempts, Duration pause, Duration lookBack) {
        public static final int DEFAULT_MAX_ATTEMPTS = 5;
        public static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);
        public static final Duration DEFAULT_LOOK_BACK = Duration.ofMinutes(2);
        public static final Settings DEFAULT = new Settings(DEFAULT_MAX_ATTEMPTS, DEFAULT_PAUSE, DEFAULT_LOOK_BACK);

        public Settings {
            Objects.requireNonNull(pause, "pause");
            Objects.requireNonNull(lookBack, "lookBack");
            if (maxAttempts < 1 || pause.isNegative() || lookBack.isNegative()) {
                throw new IllegalArgumentException("need maxAttempts >= 1 and non-negative durations");
            }
        }
    }

    private final ClobClient client;
    private final Settings settings;
    private final Sleeper sleeper;

    public AmbiguousSubmitResolver(ClobClient client, Settings settings, Sleeper sleeper) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Asks the venue about {@code order}, sent (ambiguously) at {@code submittedAt}. */
    public SubmitResolution resolve(SignedOrder order, Instant submittedAt) {
        OrderId id = order.orderId();
        TokenId token = new TokenId(order.order().tokenId().toString());
        Instant after = submittedAt.minus(settings.lookBack());
        Optional<String> lastError = Optional.empty();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Lookup round = new Lookup(id, token, after);
            Optional<SubmitResolution> found = round.run();
            if (found.isPresent()) {
                LOG.info("ambiguous submit {} resolved on attempt {}: {}", id, attempt,
                        found.get().getClass().getSimpleName());
                return found.get();
            }
            if (round.error != null) {
                lastError = Optional.of(round.error);
            }
            if (attempt < settings.maxAttempts()) {
                try {
                    sleeper.sleep(settings.pause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new SubmitResolution.NotFoundYet(id, attempt, lastError);
                }
            }
        }
        LOG.warn("ambiguous submit {} not found after {} attempts; it stays pending", id, settings.maxAttempts());
        return new SubmitResolution.NotFoundYet(id, settings.maxAttempts(), lastError);
    }

    /** One round of the three lookups; a failing lookup is noted and the next one still tried. */
    private final class Lookup {
        private final OrderId id;
        private final TokenId token;
        private final Instant after;
        private String error;

        Lookup(OrderId id, TokenId token, Instant after) {
            this.id = id;
            this.token = token;
            this.after = after;
        }

        Optional<SubmitResolution> run() {
            Optional<OpenOrder> order = attempt(() -> client.activeOrder(id).filter(this::isOurs));
            if (order.isEmpty()) {
                order = attempt(() -> client.openOrders(new OrderFilter(null, token, id)).stream()
                        .filter(this::isOurs).findFirst());
            }
            if (order.isPresent() && order.get().status().mayRest()) {
                return Optional.of(new SubmitResolution.Live(id, order.get()));
            }
            List<ClobTrade.OrderLeg> legs = attempt(() -> Optional.of(legs())).orElse(List.of());
            if (!legs.isEmpty() || order.filter(o -> o.status() == VenueOrderStatus.MATCHED).isPresent()) {
                return Optional.of(new SubmitResolution.Matched(id, legs, order));
            }
            return order.map(o -> new SubmitResolution.Ended(id, o));
        }

        /** Guards against an answer about another order (a filter the venue ignored). */
        private boolean isOurs(OpenOrder o) {
            return ClobTrade.sameOrder(o.id(), id);
        }

        private List<ClobTrade.OrderLeg> legs() {
            List<ClobTrade.OrderLeg> out = new ArrayList<>();
            for (ClobTrade t : client.trades(new TradeFilter(null, token, null, null, after, null))) {
                out.addAll(t.legsOf(id));
            }
            return out;
        }

        private <T> Optional<T> attempt(java.util.function.Supplier<Optional<T>> lookup) {
            try {
                return lookup.get();
            } catch (VenueException e) {
                error = e.getMessage();
                return Optional.empty();
            }
        }
    }
}
