package astra.polymarket.clob;

import astra.polymarket.auth.L2Auth;
import astra.polymarket.rest.RequestAuthenticator;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * L2 headers for every request, timestamped in unix seconds from the injected clock.
 *
 * <p>The HMAC covers {@code timestamp + METHOD + path + body}: the method upper-cased, the body
 * exactly as sent, and the path <em>without</em> its query string — the venue's SDKs sign
 * {@code /data/orders} while sending {@code /data/orders?next_cursor=...}
 * (py-clob-client-v2 {@code client.py}, {@code get_open_orders}/{@code get_trades}: headers are
 * built for the bare endpoint before the query parameters are added).
 */
public final class L2RequestAuthenticator implements RequestAuthenticator {
    private final L2Auth auth;
    private final Clock clock;

    public L2RequestAuthenticator(L2Auth auth, Clock clock) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Map<String, String> headers(String method, String pathWithQuery, String body) {
        long now = clock.instant().getEpochSecond();
        return auth.headers(now, method.toUpperCase(Locale.ROOT), signedPath(pathWithQuery), body).values();
    }

    /** The part of a request target that the venue signs: the path without query. */
    public static String signedPath(String pathWithQuery) {
        int q = pathWithQuery.indexOf('?');
        return q < 0 ? pathWithQuery : pathWithQuery.substring(0, q);
    }

    @Override
    public String toString() {
        return "L2RequestAuthenticator[" + auth + "]";
    }
}
