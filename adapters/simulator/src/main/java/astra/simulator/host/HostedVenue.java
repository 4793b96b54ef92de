package astra.simulator.host;

import astra.simulator.account.Accounts;
import astra.simulator.auth.ApiKey;
import astra.simulator.auth.ApiKeyRegistry;
import astra.simulator.auth.SigningDomain;
import astra.simulator.matching.MarketSpec;
import astra.simulator.venue.Exchange;
import astra.simulator.wire.Names;
import astra.simulator.world.TraderKind;
import astra.simulator.world.World;
import java.util.Set;

/**
 * The world, its exchange and what the wire layers need around them. Owned by the venue thread.
 */
public final class HostedVenue implements Names {
    private final World world;
    private final ApiKeyRegistry keys;
    private final TradeLedger ledger = new TradeLedger(TraderKind::isWorldTrader);
    private final DeadManSwitch heartbeats;
    private final Set<String> newerProtocolMarkets;
    private final VenueCounters counters;

    /** @param countedParticipant whose orders and trades {@link #counters()} counts apart (the trader's key) */
    public HostedVenue(World world, ApiKeyRegistry keys, long heartbeatTimeoutMillis, Set<String> newerProtocolMarkets,
                       String countedParticipant) {
        this.world = world;
        this.keys = keys;
        this.newerProtocolMarkets = Set.copyOf(newerProtocolMarkets);
        this.counters = new VenueCounters(countedParticipant);
        world.exchange().subscribe(ledger);
        world.exchange().subscribe(counters);
        this.heartbeats = new DeadManSwitch(world.exchange().scheduler(), heartbeatTimeoutMillis,
                owner -> world.exchange().cancelAll(owner));
    }

    public Exchange exchange() {
        return world.exchange();
    }

    public World world() {
        return world;
    }

    public TradeLedger ledger() {
        return ledger;
    }

    public VenueCounters counters() {
        return counters;
    }

    public DeadManSwitch heartbeats() {
        return heartbeats;
    }

    public ApiKeyRegistry keys() {
        return keys;
    }

    public long nowMillis() {
        return world.nowMillis();
    }

    /** Moves the venue (and its crowd) to {@code millis}; never backwards. */
    public void advanceTo(long millis) {
        world.advanceTo(Math.max(millis, world.nowMillis()));
    }

    /** Funds an account with pUSD (allowances are unlimited in the simulator). */
    public void fund(ApiKey key, long pusdMicros) {
        if (pusdMicros > 0) {
            world.exchange().accounts().deposit(key.key(), Accounts.PUSD, pusdMicros);
        }
    }

    /** Whether Gamma lists the market as {@code version: "v2"} (orders signed under domain "3"). */
    public boolean newerProtocol(String conditionId) {
        return newerProtocolMarkets.contains(conditionId);
    }

    public SigningDomain signingDomain(MarketSpec spec) {
        return SigningDomain.forMarket(spec.negRisk(), newerProtocol(spec.conditionId()));
    }

    @Override
    public String addressOf(String owner) {
        return keys.byKey(owner).map(ApiKey::address).orElse(owner);
    }

    @Override
    public String outcomeOf(String tokenId) {
        return world.exchange().marketOfToken(tokenId).yesToken().equals(tokenId) ? "Yes" : "No";
    }
}
