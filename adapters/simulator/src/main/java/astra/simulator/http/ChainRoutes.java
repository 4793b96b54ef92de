package astra.simulator.http;

import astra.simulator.account.Accounts;
import astra.simulator.auth.ApiKey;
import astra.simulator.host.HostedVenue;
import astra.simulator.host.VenueThread;
import astra.simulator.matching.MarketSpec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * What a trader reads from outside the CLOB: the data-API's GET /positions?user=ADDRESS and a
 * minimal Polygon JSON-RPC at POST /rpc (eth_chainId, eth_getBalance, and eth_call for pUSD
 * balanceOf/allowance, CTF balanceOf and isApprovedForAll, recognised by ABI selector).
 */
final class ChainRoutes {
    static final String PUSD = "0xc011a7e12a19f7b1f670d46f03b03f3342e82dfb";
    static final String CTF = "0x4d97dcd97ec945f40cf65f87097ace5ea0476045";
    static final String BALANCE_OF = "0x70a08231";
    static final String ALLOWANCE = "0xdd62ed3e";
    static final String CTF_BALANCE_OF = "0x00fdd58e";
    static final String IS_APPROVED_FOR_ALL = "0xe985e9c5";
    /** Polygon mainnet. */
    static final long CHAIN_ID = 137;
    /** 10 POL for gas, in wei. */
    static final BigInteger GAS_BALANCE_WEI = BigInteger.TEN.pow(19);
    private static final BigInteger UINT256_MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    private final VenueThread thread;
    private final HostedVenue venue;

    ChainRoutes(VenueThread thread, HostedVenue venue) {
        this.thread = thread;
        this.venue = venue;
    }

    void mount(Router router) {
        router.get("/positions").handler(ctx -> {
            String user = ReadRoutes.param(ctx, "user");
            if (user == null) {
                throw VenueError.badRequest("user is required");
            }
            Replies.fromVenue(ctx, thread.call(() -> positions(user).encode()));
        });
        router.post("/rpc").handler(ctx -> {
            JsonObject call = Replies.parsed(() -> ctx.body().asJsonObject());
            Replies.fromVenue(ctx, thread.call(() -> rpc(call).encode()));
        });
    }

    JsonArray positions(String user) {
        String owner = ownerOf(user);
        JsonArray out = new JsonArray();
        for (MarketSpec m : venue.exchange().markets()) {
            int index = 0;
            for (String token : new String[] {m.yesToken(), m.noToken()}) {
                long size = venue.exchange().accounts().balance(owner, token);
                if (size > 0) {
                    out.add(new JsonObject()
                            .put("proxyWallet", user)
                            .put("asset", token)
                            .put("conditionId", m.conditionId())
                            .put("size", BigDecimal.valueOf(size, 6).stripTrailingZeros())
                            .put("outcome", index == 0 ? "Yes" : "No")
                            .put("outcomeIndex", index)
                            .put("negativeRisk", m.negRisk())
                            .put("redeemable", false)
                            .put("mergeable", false));
                }
                index++;
            }
        }
        return out;
    }

    JsonObject rpc(JsonObject call) {
        JsonObject answer = new JsonObject().put("jsonrpc", "2.0").put("id", call.getValue("id"));
        String method = call.getString("method", "");
        JsonArray params = call.getJsonArray("params", new JsonArray());
        return switch (method) {
            case "eth_chainId" -> answer.put("result", "0x" + Long.toHexString(CHAIN_ID));
            case "eth_getBalance" -> answer.put("result", "0x" + GAS_BALANCE_WEI.toString(16));
            case "eth_call" -> answer.put("result", word(ethCall(params.getJsonObject(0))));
            default -> answer.put("error", new JsonObject().put("code", -32601).put("message", "method not found: " + method));
        };
    }

    private BigInteger ethCall(JsonObject tx) {
        String to = tx.getString("to", "").toLowerCase(Locale.ROOT);
        String data = tx.getString("data", tx.getString("input", "")).toLowerCase(Locale.ROOT);
        if (data.length() < 10) {
            throw VenueError.badRequest("eth_call without a selector");
        }
        String selector = data.substring(0, 10);
        if (to.equals(PUSD) && selector.equals(BALANCE_OF)) {
            return BigInteger.valueOf(venue.exchange().accounts().balance(ownerOf(address(data, 0)), Accounts.PUSD));
        }
        if (to.equals(PUSD) && selector.equals(ALLOWANCE) || to.equals(CTF) && selector.equals(IS_APPROVED_FOR_ALL)) {
            return selector.equals(ALLOWANCE) ? UINT256_MAX : BigInteger.ONE;
        }
        if (to.equals(CTF) && selector.equals(CTF_BALANCE_OF)) {
            String token = new BigInteger(data.substring(10 + 64, 10 + 128), 16).toString();
            return BigInteger.valueOf(venue.exchange().accounts().balance(ownerOf(address(data, 0)), token));
        }
        throw VenueError.badRequest("eth_call not simulated: " + selector + " on " + to);
    }

    /** The venue's account of a wallet: its API key's, or the address itself for crowd traders. */
    private String ownerOf(String address) {
        return venue.keys().byAddress(address).map(ApiKey::key).orElse(address);
    }

    private static String address(String data, int argument) {
        int start = 10 + argument * 64;
        return "0x" + data.substring(start + 24, start + 64);
    }

    private static String word(BigInteger value) {
        return "0x" + String.format("%64s", value.toString(16)).replace(' ', '0');
    }
}
