package astra.simulator.http;

import astra.simulator.account.Accounts;
import astra.simulator.auth.ApiKey;
import astra.simulator.auth.SigningDomain;
import astra.simulator.host.HostedVenue;
import astra.simulator.host.TradeLedger;
import astra.simulator.venue.OrderView;
import astra.simulator.wire.OrderJson;
import astra.simulator.wire.TradeJson;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Predicate;

/** An account's own reads (orders, trades, balance), run on the venue thread. */
final class AccountReads {
    /** The allowance the simulator reports: unlimited (uint256 max), as after a max approval. */
    static final String UNLIMITED = "115792089237316195423570985008687907853269984665640564039457584007913129639935";

    private final HostedVenue venue;

    AccountReads(HostedVenue venue) {
        this.venue = venue;
    }

    /** Open orders, optionally of one market, asset or id. */
    JsonObject openOrders(ApiKey key, String market, String asset, String id, String cursor) {
        Predicate<OrderView> wanted = o -> (market == null || o.conditionId().equals(market))
                && (asset == null || o.request().tokenId().equals(asset))
                && (id == null || o.orderId().equals(id));
        List<JsonObject> rows = venue.exchange().openOrders(key.key()).stream().filter(wanted)
                .map(o -> OrderJson.row(o, venue.ledger().tradeIdsOfOrder(o.orderId()), venue)).toList();
        return Pages.page(rows, cursor, Pages.PAGE_SIZE);
    }

    /** One order, while it is open (the venue answers only active orders here). */
    JsonObject order(ApiKey key, String orderId) {
        return venue.exchange().order(orderId)
                .filter(o -> o.request().owner().equals(key.key()) && o.state() == astra.simulator.matching.BookOrder.State.OPEN)
                .map(o -> OrderJson.row(o, venue.ledger().tradeIdsOfOrder(o.orderId()), venue))
                .orElseThrow(() -> VenueError.notFound("order not found"));
    }

    /**
     * The account's trades, optionally of one market, asset or id, and matched within {@code after}
     * and {@code before} (unix seconds, both inclusive: a reconciliation that asks from a second
     * on must get that second's trades). Filtered before any row is written, so a reader asking for
     * the last minutes does not pay for the whole session's trades.
     */
    JsonObject trades(ApiKey key, String market, String asset, String id, String after, String before,
            String cursor) {
        long fromMillis = after == null ? Long.MIN_VALUE : epochSeconds("after", after) * 1000;
        long untilMillis = before == null ? Long.MAX_VALUE : epochSeconds("before", before) * 1000 + 999;
        List<JsonObject> rows = venue.ledger().tradesOf(key.key()).stream()
                .filter(e -> e.trade().matchTimeMillis() >= fromMillis && e.trade().matchTimeMillis() <= untilMillis)
                .filter(e -> market == null || e.trade().conditionId().equals(market))
                .filter(e -> asset == null || e.trade().takerToken().equals(asset)
                        || e.trade().makerLegs().stream().anyMatch(l -> l.tokenId().equals(asset)))
                .filter(e -> id == null || e.trade().tradeId().equals(id))
                .map(e -> row(key, e))
                .toList();
        return Pages.page(rows, cursor, Pages.PAGE_SIZE);
    }

    /** A bound in unix seconds; anything else (not a number, negative, past year 5000) is a 400. */
    private static long epochSeconds(String name, String value) {
        long seconds = -1;
        try {
            seconds = Long.parseLong(value);
        } catch (NumberFormatException e) {
            // answered below, as any other value out of range
        }
        if (seconds < 0 || seconds > 100_000_000_000L) {
            throw VenueError.badRequest("invalid " + name + " " + value + ": unix seconds expected");
        }
        return seconds;
    }

    /** COLLATERAL (pUSD) or CONDITIONAL (one token), in 1e-6 units as the venue reports them. */
    JsonObject balanceAllowance(ApiKey key, String assetType, String tokenId) {
        String asset;
        if ("CONDITIONAL".equals(assetType)) {
            if (tokenId == null) {
                throw VenueError.badRequest("token_id is required for CONDITIONAL");
            }
            asset = tokenId;
        } else if (assetType == null || "COLLATERAL".equals(assetType)) {
            asset = Accounts.PUSD;
        } else {
            throw VenueError.badRequest("invalid asset_type " + assetType);
        }
        long balance = venue.exchange().accounts().balance(key.key(), asset);
        JsonObject allowances = new JsonObject()
                .put(SigningDomain.CTF_EXCHANGE_V2, UNLIMITED)
                .put(SigningDomain.NEG_RISK_EXCHANGE_V2, UNLIMITED)
                .put(SigningDomain.EXCHANGE_V3, UNLIMITED);
        return new JsonObject().put("balance", Long.toString(balance)).put("allowances", allowances);
    }

    private JsonObject row(ApiKey key, TradeLedger.Entry e) {
        boolean taker = e.trade().takerOwner().equals(key.key());
        var legs = taker ? e.trade().makerLegs()
                : e.trade().makerLegs().stream().filter(l -> l.makerOwner().equals(key.key())).toList();
        return TradeJson.row(e.trade(), e.status(), e.updatedMillis(), key.key(), legs, venue);
    }
}
