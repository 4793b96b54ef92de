package astra.facts;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facts the rules reason about, in an embedded Hazelcast member. Plain Java components write
 * facts here at decision cadence; the decision cycle reads a snapshot of them into the rule
 * session. Each map keeps a local view on this member (see {@link FactMap}); once the cluster has
 * another member, the views follow the other members' writes through entry listeners.
 */
public final class FactStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FactStore.class);
    public static final String MARKETS = "facts.markets";
    public static final String INVENTORY = "facts.inventory";
    public static final String MARKOUTS = "facts.markouts";
    public static final String RESOLUTION_RISKS = "facts.resolution-risks";
    public static final String PARITY_CANDIDATES = "facts.parity-candidates";
    public static final String SATELLITE_SIGNALS = "facts.satellite-signals";

    private final HazelcastInstance member;
    private final FactMap<MarketFacts> markets;
    private final FactMap<InventoryFacts> inventory;
    private final FactMap<MarkoutFacts> markouts;
    private final FactMap<ResolutionRisk> resolutionRisks;
    private final FactMap<ParityCandidate> parityCandidates;
    private final FactMap<SatelliteSignal> satelliteSignals;

    private FactStore(HazelcastInstance member) {
        this.member = member;
        this.markets = new FactMap<>(member.getMap(MARKETS), MarketFacts::market, MarketFacts::sameButWhenObserved);
        this.inventory = new FactMap<>(member.getMap(INVENTORY), InventoryFacts::market);
        this.markouts = new FactMap<>(member.getMap(MARKOUTS), MarkoutFacts::market);
        this.resolutionRisks = new FactMap<>(member.getMap(RESOLUTION_RISKS), ResolutionRisk::market);
        this.parityCandidates = new FactMap<>(member.getMap(PARITY_CANDIDATES), ParityCandidate::market,
                ParityCandidate::sameButWhenObserved);
        this.satelliteSignals = new FactMap<>(member.getMap(SATELLITE_SIGNALS), SatelliteSignal::market);
        // Listen for joins before looking at the size, so a member joining in between is not missed.
        member.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                shareMaps();
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                // The survivors keep listening: a member may come back.
            }
        });
        if (clusterSize() > 1) {
            shareMaps();
        }
    }

    /** Other members now write the maps too: every map's local view follows their writes from now on. */
    private void shareMaps() {
        maps().forEach(FactMap::share);
    }

    private List<FactMap<?>> maps() {
        return List.of(markets, inventory, markouts, resolutionRisks, parityCandidates, satelliteSignals);
    }

    /** Batches of facts the maps failed to take, over every map (each was sent again afterwards). */
    public long failedWrites() {
        return maps().stream().mapToLong(FactMap::failedWrites).sum();
    }

    /** The Hazelcast member itself, for tests that watch the maps. */
    HazelcastInstance member() {
        return member;
    }

    /** Starts (or joins, when members are configured) a Hazelcast member with the given settings. */
    public static FactStore start(FactStoreConfig config) {
        return new FactStore(Hazelcast.newHazelcastInstance(memberConfig(config)));
    }

    static Config memberConfig(FactStoreConfig config) {
        Config c = new Config();
        c.setClusterName(config.clusterName());
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.logging.type", "slf4j");
        c.getJetConfig().setEnabled(false);
        NetworkConfig network = c.getNetworkConfig();
        network.setPort(config.port()).setPortAutoIncrement(true);
        network.getInterfaces().setEnabled(true).addInterface(config.bindAddress());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(!config.members().isEmpty());
        config.members().forEach(m -> join.getTcpIpConfig().addMember(m));
        return c;
    }

    public FactMap<MarketFacts> markets() {
        return markets;
    }

    public FactMap<InventoryFacts> inventory() {
        return inventory;
    }

    public FactMap<MarkoutFacts> markouts() {
        return markouts;
    }

    public FactMap<ResolutionRisk> resolutionRisks() {
        return resolutionRisks;
    }

    public FactMap<ParityCandidate> parityCandidates() {
        return parityCandidates;
    }

    /** The newest satellite signal per market. */
    public FactMap<SatelliteSignal> satelliteSignals() {
        return satelliteSignals;
    }

    /** How many members the fact store's cluster has (1 for the embedded default). */
    public int clusterSize() {
        return member.getCluster().getMembers().size();
    }

    @Override
    public void close() {
        try {
            maps().forEach(FactMap::flush); // what was published is in the maps before the member leaves
        } catch (RuntimeException e) {
            LOG.warn("facts not all written to the maps before the member left", e);
        }
        member.shutdown();
    }
}
