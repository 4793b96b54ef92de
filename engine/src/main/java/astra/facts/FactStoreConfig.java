package astra.facts;

import java.util.List;
import java.util.Objects;

/**
 * How the fact store's Hazelcast member starts. The default is one embedded member on loopback
 * that joins nobody: no multicast, no network beyond 127.0.0.1, no Jet, no phone-home. Listing
 * {@code members} turns on TCP-IP join, which forms a cluster with those addresses.
 *
 * @param clusterName members only join a cluster of the same name ({@link #DEFAULT_CLUSTER_NAME})
 * @param bindAddress the interface the member listens on ({@link #DEFAULT_BIND_ADDRESS}: loopback)
 * @param port the first port tried; the member takes the next free one ({@link #DEFAULT_PORT})
 * @param members addresses of other members for TCP-IP join; empty = a cluster of one
 */
public record FactStoreConfig(String clusterName, String bindAddress, int port, List<String> members) {
    public static final String DEFAULT_CLUSTER_NAME = "astra";
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 5701;

    public FactStoreConfig {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(bindAddress, "bindAddress");
        members = List.copyOf(members);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public static FactStoreConfig embeddedDefaults() {
        return new FactStoreConfig(DEFAULT_CLUSTER_NAME, DEFAULT_BIND_ADDRESS, DEFAULT_PORT, List.of());
    }

    /** The same settings under another cluster name (tests use one per test to stay apart). */
    public FactStoreConfig withClusterName(String name) {
        return new FactStoreConfig(name, bindAddress, port, members);
    }

    public FactStoreConfig withMembers(List<String> addresses) {
        return new FactStoreConfig(clusterName, bindAddress, port, addresses);
    }
}
