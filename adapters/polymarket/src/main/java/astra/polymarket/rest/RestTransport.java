package astra.polymarket.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one REST request to the venue: rate-limited per endpoint family, authenticated, with
 * typed errors and bounded retries for idempotent requests. Thread-safe.
 */
public final class RestTransport {
    private static final Logger LOG = LoggerFactory.getLogger(RestTransport.class);
    private static final Duration LIMIT_WINDOW = Duration.ofSeconds(10);

    /** Whether a request may be repeated without risk of doing it twice. */
    public enum Idempotency {
        IDEMPOTENT,
        /** An order submit: never repeated; no answer means AMBIGUOUS. */
        SUBMIT
    }

    /** How long past the request timeout a caller waits before giving the request up as unanswered. */
    static final long HARD_TIMEOUT_MARGIN_MILLIS = 1_000;

    private final RestSettings settings;
    private final HttpClient http;
    private final RequestAuthenticator auth;
    private final Sleeper sleeper;
    private final Map<EndpointFamily, TokenBucket> buckets = new EnumMap<>(EndpointFamily.class);
    private final Map<VenueErrorKind, LongAdder> errors = new EnumMap<>(VenueErrorKind.class);
    private final LongAdder retries = new LongAdder();

    /** Pauses between retries and while waiting for rate-limit tokens; replaceable in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public RestTransport(RestSettings settings, HttpClient http, RequestAuthenticator auth, LongSupplier nanoTime,
            Sleeper sleeper) {
        this.settings = settings;
        this.http = http;
        this.auth = auth;
        this.sleeper = sleeper;
        for (EndpointFamily f : EndpointFamily.values()) {
            long capacity = Math.max(1, (long) f.venueLimitPer10s() * settings.limitShare() / 100);
            buckets.put(f, new TokenBucket(capacity, LIMIT_WINDOW, nanoTime));
        }
        for (VenueErrorKind k : VenueErrorKind.values()) {
            errors.put(k, new LongAdder());
        }
    }

    /**
     * Over HTTP/1.1, with the client's completions run on its own I/O thread: every call here waits
     * for its answer, few are in flight at once (so HTTP/2's multiplexing buys little), and the JDK's
     * default (HTTP/2 where the server takes it, completions handed to a pool thread) added a
     * thread's wake-up or more to each round trip. Against the simulator this took the requests'
     * share of a backtest down about a tenth (docs/benchmarks.md, pipeline-events, session 20).
     */
    public static RestTransport create(RestSettings settings, RequestAuthenticator auth) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run)
                .connectTimeout(settings.requestTimeout()).build();
        return new RestTransport(settings, http, auth, System::nanoTime, d -> Thread.sleep(d.toMillis()));
    }

    /** How many failures of each kind this transport has seen. */
    public long errorCount(VenueErrorKind kind) {
        return errors.get(kind).sum();
    }

    public long retryCount() {
        return retries.sum();
    }

    /**
     * Sends the request and returns the parsed JSON answer of a 2xx.
     *
     * @param cost rate-limit tokens the request takes (a batch takes one per order)
     */
    public JsonNode send(String method, String pathWithQuery, String body, EndpointFamily family, int cost,
            Idempotency idempotency) {
        int attempt = 0;
        while (true) {
            try {
                awaitTokens(family, cost);
                return once(method, pathWithQuery, body);
            } catch (VenueException raw) {
                VenueException e = idempotency == Idempotency.SUBMIT ? asSubmitOutcome(raw) : raw;
                errors.get(e.kind()).increment();
                boolean mayRetry = idempotency == Idempotency.IDEMPOTENT && e.kind().retryable()
                        && attempt < settings.maxRetries();
                if (!mayRetry) {
                    throw e;
                }
                attempt++;
                retries.increment();
                Duration pause = settings.retryBackoffBase().multipliedBy(1L << Math.min(attempt - 1, 10));
                LOG.warn("{} {} failed ({}); retry {} of {} in {} ms", method, pathWithQuery, e.kind(), attempt,
                        settings.maxRetries(), pause.toMillis());
                pause(pause, method + " " + pathWithQuery);
            }
        }
    }

    /**
     * A submit that met a restart (425), a server error or no answer may still have created the
     * order (the venue has no idempotency key), so its outcome is unknown, not a rejection.
     */
    private static VenueException asSubmitOutcome(VenueException e) {
        return switch (e.kind()) {
            case RESTARTING, SERVER_ERROR -> new VenueException(VenueErrorKind.AMBIGUOUS, e.status(), e.endpoint(),
                    "submit outcome unknown after " + e.kind() + ": " + e.getMessage(), e);
            default -> e;
        };
    }

    private void awaitTokens(EndpointFamily family, int cost) {
        TokenBucket bucket = buckets.get(family);
        while (!bucket.tryTake(cost)) {
            pause(bucket.waitFor(cost), "rate limit " + family);
        }
    }

    private void pause(Duration d, String what) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new VenueException(VenueErrorKind.AMBIGUOUS, 0, what, "interrupted", ie);
        }
    }

    private JsonNode once(String method, String pathWithQuery, String body) {
        String endpoint = method + " " + pathWithQuery;
        String payload = body == null ? "" : body;
        HttpRequest.Builder req = HttpRequest.newBuilder(settings.baseUri().resolve(pathWithQuery))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, payload.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(payload));
        auth.headers(method, pathWithQuery, payload).forEach(req::header);
        HttpResponse<String> response;
        // The request's own timeout was seen not to fire on a stalled exchange, so the wait is also
        // bounded here: no caller can hang on the venue longer than the timeout plus a margin.
        long bound = settings.requestTimeout().toMillis() + HARD_TIMEOUT_MARGIN_MILLIS;
        CompletableFuture<HttpResponse<String>> pending =
                http.sendAsync(req.build(), HttpResponse.BodyHandlers.ofString());
        try {
            response = pending.get(bound, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new VenueException(VenueErrorKind.AMBIGUOUS, 0, endpoint, "no answer within " + bound + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new VenueException(VenueErrorKind.AMBIGUOUS, 0, endpoint, "no answer within "
                        + settings.requestTimeout().toMillis() + " ms", cause);
            }
            throw new VenueException(VenueErrorKind.AMBIGUOUS, 0, endpoint, "connection failed: " + cause, cause);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new VenueException(VenueErrorKind.AMBIGUOUS, 0, endpoint, "interrupted", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return parse(endpoint, status, response.body());
        }
        throw new VenueException(VenueErrorKind.ofStatus(status), status, endpoint, venueMessage(response.body()),
                null);
    }

    private static JsonNode parse(String endpoint, int status, String text) {
        if (text == null || text.isBlank()) {
            return VenueJson.mapper().nullNode();
        }
        try {
            return VenueJson.read(text);
        } catch (IOException e) {
            // A 2xx whose body is not JSON: the request was taken, but we cannot read the outcome.
            throw new VenueException(VenueErrorKind.AMBIGUOUS, status, endpoint, "unreadable answer: "
                    + abbreviate(text), e);
        }
    }

    /** The venue's {"error": "..."} text, or the raw body when it is not that shape. */
    static String venueMessage(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        try {
            JsonNode n = VenueJson.read(body);
            if (n.hasNonNull("error")) {
                return n.get("error").asText();
            }
            if (n.hasNonNull("errorMsg")) {
                return n.get("errorMsg").asText();
            }
        } catch (IOException ignored) {
            // not JSON: fall through to the raw text
        }
        return abbreviate(body);
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
