package astra.polymarket.clob;

import astra.domain.ConditionId;
import astra.domain.OrderId;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.polymarket.auth.L2Auth;
import astra.polymarket.json.OrderJson;
import astra.polymarket.json.PostOrderRequest;
import astra.polymarket.rest.EndpointFamily;
import astra.polymarket.rest.RestSettings;
import astra.polymarket.rest.RestTransport;
import astra.polymarket.rest.RestTransport.Idempotency;
import astra.polymarket.rest.VenueErrorKind;
import astra.polymarket.rest.VenueException;
import astra.polymarket.rest.VenueJson;
import astra.polymarket.signing.SignatureType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The venue's CLOB REST API as typed calls over a {@link RestTransport} (which rate-limits,
 * authenticates, types errors, and retries only what may be repeated). Thread-safe.
 *
 * <p>Order submits are sent once: a time-out, 425 or 5xx surfaces as
 * {@link VenueErrorKind#AMBIGUOUS} and is resolved by the signed order's hash with
 * {@link AmbiguousSubmitResolver}. Reads and cancels may be retried by the transport.
 */
public final class ClobClient {
    /** Pages followed at most in one read, against a venue that never says "last page". */
    public static final int DEFAULT_MAX_PAGES = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(ClobClient.class);

    private final RestTransport transport;
    private final int maxPages;
    private final LongAdder malformed = new LongAdder();

    public ClobClient(RestTransport transport, int maxPages) {
        this.transport = Objects.requireNonNull(transport, "transport");
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be positive");
        }
        this.maxPages = maxPages;
    }

    public ClobClient(RestTransport transport) {
        this(transport, DEFAULT_MAX_PAGES);
    }

    /** A client whose every request carries L2 headers timestamped by {@code clock}. */
    public static ClobClient create(RestSettings settings, L2Auth auth, Clock clock) {
        return new ClobClient(RestTransport.create(settings, new L2RequestAuthenticator(auth, clock)));
    }

    /** Answers that arrived but could not be read. */
    public long malformedAnswers() {
        return malformed.sum();
    }

    // ---- orders -------------------------------------------------------------------------------

    /** POST /order. A refusal in a 2xx answer comes back as {@code success=false}, not thrown. */
    public PostOrderResult postOrder(PostOrderRequest request) {
        String endpoint = "POST /order";
        JsonNode answer = transport.send("POST", "/order", OrderJson.postOrderBody(request), EndpointFamily.POST_ORDER,
                1, Idempotency.SUBMIT);
        return read(endpoint, answer, PostOrderResult::from);
    }

    /**
     * POST /orders: up to {@link OrderJson#MAX_BATCH} orders, costing one rate-limit token each.
     * Results are in request order; an answer with another count is malformed (and so ambiguous
     * for every order of the batch).
     */
    public List<PostOrderResult> postOrders(List<PostOrderRequest> requests) {
        String endpoint = "POST /orders";
        String body = OrderJson.postOrdersBody(requests);
        JsonNode answer = transport.send("POST", "/orders", body, EndpointFamily.POST_ORDERS, requests.size(),
                Idempotency.SUBMIT);
        List<PostOrderResult> results = read(endpoint, answer, n -> Fields.elements(n, "answer", PostOrderResult::from));
        if (results.size() != requests.size()) {
            malformed.increment();
            throw new MalformedAnswerException(endpoint, results.size() + " results for " + requests.size()
                    + " orders", null);
        }
        return results;
    }

    /** DELETE /order {@code {"orderID": id}}. */
    public CancelResult cancelOrder(OrderId id) {
        ObjectNode body = VenueJson.mapper().createObjectNode().put("orderID", id.value());
        return cancel("/order", body.toString(), 1);
    }

    /** DELETE /orders {@code [ids]}. */
    public CancelResult cancelOrders(List<OrderId> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no orders to cancel");
        }
        ArrayNode body = VenueJson.mapper().createArrayNode();
        ids.forEach(id -> body.add(id.value()));
        return cancel("/orders", body.toString(), ids.size());
    }

    /** DELETE /cancel-all: every open order of the account. */
    public CancelResult cancelAll() {
        return cancel("/cancel-all", "", 1);
    }

    /** DELETE /cancel-market-orders for a market, one of its tokens, or both (null = any). */
    public CancelResult cancelMarketOrders(ConditionId market, TokenId assetId) {
        if (market == null && assetId == null) {
            throw new IllegalArgumentException("name a market or an asset; use cancelAll() for everything");
        }
        ObjectNode body = VenueJson.mapper().createObjectNode();
        if (market != null) {
            body.put("market", market.value());
        }
        if (assetId != null) {
            body.put("asset_id", assetId.value());
        }
        return cancel("/cancel-market-orders", body.toString(), 1);
    }

    private CancelResult cancel(String path, String body, int cost) {
        JsonNode answer = transport.send("DELETE", path, body, EndpointFamily.DELETE_ORDER, cost,
                Idempotency.IDEMPOTENT);
        return read("DELETE " + path, answer, CancelResult::from);
    }

    // ---- account reads ------------------------------------------------------------------------

    /** GET /data/orders, every page. */
    public List<OpenOrder> openOrders(OrderFilter filter) {
        return allPages(filter.applyTo(new Query("/data/orders")), OpenOrder::from);
    }

    /** GET /data/trades, every page. */
    public List<ClobTrade> trades(TradeFilter filter) {
        return allPages(filter.applyTo(new Query("/data/trades")), ClobTrade::from);
    }

    /**
     * GET /data/order/{id}. Empty when the venue answers 404 or an empty/null body: the venue
     * serves <em>active</em> orders here, so empty means "not active now" — the order may have
     * filled, been cancelled or expired, or not have reached the book yet. It is never proof that
     * the order did not exist.
     */
    public Optional<OpenOrder> activeOrder(OrderId id) {
        String path = "/data/order/" + id.value();
        JsonNode answer;
        try {
            answer = transport.send("GET", path, null, EndpointFamily.OTHER, 1, Idempotency.IDEMPOTENT);
        } catch (VenueException e) {
            if (e.kind() == VenueErrorKind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        if (answer == null || answer.isNull() || answer.isMissingNode() || (answer.isObject() && answer.isEmpty())
                || (answer.isTextual() && answer.textValue().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(read("GET " + path, answer, OpenOrder::from));
    }

    /** GET /balance-allowance for the collateral or one outcome token. */
    public BalanceAllowance balanceAllowance(AssetType type, TokenId token, SignatureType signatureType) {
        Query q = new Query("/balance-allowance").param("asset_type", type.name()).param("token_id", token)
                .param("signature_type", signatureType.code());
        return read("GET /balance-allowance", get(q.toString(), EndpointFamily.OTHER), BalanceAllowance::from);
    }

    // ---- market reads -------------------------------------------------------------------------

    /** GET /book: one token's book, levels best first. */
    public BookSnapshot book(TokenId token) {
        String target = new Query("/book").param("token_id", token).toString();
        return read("GET /book", get(target, EndpointFamily.BOOK), BookSnapshot::from);
    }

    /** POST /books {@code [{"token_id": ...}]}: several books in one request (a read, so retried). */
    public List<BookSnapshot> books(List<TokenId> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        ArrayNode body = VenueJson.mapper().createArrayNode();
        tokens.forEach(t -> body.addObject().put("token_id", t.value()));
        JsonNode answer = transport.send("POST", "/books", body.toString(), EndpointFamily.BOOK, 1,
                Idempotency.IDEMPOTENT);
        return read("POST /books", answer, n -> Fields.elements(n, "answer", BookSnapshot::from));
    }

    /** GET /tick-size: {@code {"minimum_tick_size": 0.01}}. Ticks change while a market trades. */
    public TickSize tickSize(TokenId token) {
        String target = new Query("/tick-size").param("token_id", token).toString();
        return read("GET /tick-size", get(target, EndpointFamily.OTHER),
                n -> TickSize.parse(Fields.text(n, "minimum_tick_size")));
    }

    /** GET /neg-risk: whether the token's market settles on the negRisk exchange. */
    public boolean negRisk(TokenId token) {
        String target = new Query("/neg-risk").param("token_id", token).toString();
        return read("GET /neg-risk", get(target, EndpointFamily.OTHER), n -> Fields.bool(n, "neg_risk"));
    }

    /** GET /fee-rate: the token's base fee in basis points ({@code {"base_fee": "150"}}). */
    public int feeRateBps(TokenId token) {
        String target = new Query("/fee-rate").param("token_id", token).toString();
        return read("GET /fee-rate", get(target, EndpointFamily.OTHER), FeeRate::bps);
    }

    /** GET /time: the venue's clock, in whole seconds. */
    public Instant serverTime() {
        return read("GET /time", get("/time", EndpointFamily.OTHER), ClobClient::epochSecondsAnswer);
    }

    // ---- heartbeat ----------------------------------------------------------------------------

    /**
     * POST /v1/heartbeats {@code {"heartbeat_id": previous}} ("" for the first). Sent once, never
     * retried here: the heartbeat loop's next beat is the retry, and a blind resend could chain
     * from an id the venue already replaced.
     */
    public HeartbeatAck postHeartbeat(String previousId) {
        ObjectNode body = VenueJson.mapper().createObjectNode().put("heartbeat_id", previousId == null ? "" : previousId);
        JsonNode answer = transport.send("POST", Heartbeats.PATH, body.toString(), EndpointFamily.OTHER, 1,
                Idempotency.SUBMIT);
        return read("POST " + Heartbeats.PATH, answer, HeartbeatAck::from);
    }

    // ---- plumbing -----------------------------------------------------------------------------

    private JsonNode get(String target, EndpointFamily family) {
        return transport.send("GET", target, null, family, 1, Idempotency.IDEMPOTENT);
    }

    private <T> List<T> allPages(Query base, Function<JsonNode, T> element) {
        String basePath = base.toString();
        String separator = basePath.contains("?") ? "&" : "?";
        List<T> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = CursorPage.FIRST;
        String endpoint = "GET " + basePath;
        for (int page = 0; page < maxPages; page++) {
            if (!seen.add(cursor)) {
                malformed.increment();
                throw new MalformedAnswerException(endpoint, "cursor " + cursor + " came back twice", null);
            }
            String target = basePath + separator + "next_cursor=" + java.net.URLEncoder.encode(cursor,
                    java.nio.charset.StandardCharsets.UTF_8);
            CursorPage<T> p = read(endpoint, get(target, EndpointFamily.OTHER), n -> CursorPage.from(n, element));
            out.addAll(p.data());
            if (p.isLast()) {
                return List.copyOf(out);
            }
            cursor = p.nextCursor();
        }
        malformed.increment();
        throw new MalformedAnswerException(endpoint, "no last page within " + maxPages + " pages", null);
    }

    private <T> T read(String endpoint, JsonNode answer, Function<JsonNode, T> parser) {
        try {
            return parser.apply(answer);
        } catch (RuntimeException e) {
            malformed.increment();
            LOG.warn("{}: malformed answer: {}", endpoint, e.getMessage());
            throw new MalformedAnswerException(endpoint, String.valueOf(e.getMessage()), e);
        }
    }

    private static Instant epochSecondsAnswer(JsonNode n) {
        if (n.isNumber() || n.isTextual()) {
            return Instant.ofEpochSecond(Fields.longValue(n.asText().trim(), "time"));
        }
        throw new IllegalArgumentException("the time is not a number: " + n.getNodeType());
    }

    /** Reads {@code {"base_fee": "150"}} (text or number) as basis points. */
    static final class FeeRate {
        private FeeRate() {}

        static int bps(JsonNode n) {
            long bps = Fields.longValue(Fields.text(n, "base_fee"), "base_fee");
            if (bps < 0 || bps > 10_000) {
                throw new IllegalArgumentException("base_fee outside 0..10000 bps: " + bps);
            }
            return (int) bps;
        }
    }
}
