package astra.simulator.world;

/** Who a world participant is, recognisable from its address prefix. */
public enum TraderKind {
    MAKER("mm-"),
    NOISE("noise-"),
    INFORMED("informed-");

    private final String prefix;

    TraderKind(String prefix) {
        this.prefix = prefix;
    }

    String address(String suffix) {
        return prefix + suffix;
    }

    /**
     * Whether the world made the address: its crowd, whose orders and trades nobody outside the
     * simulator asks about (it holds no API key).
     */
    public static boolean isWorldTrader(String address) {
        for (TraderKind k : values()) {
            if (address.startsWith(k.prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The kind of a world address; fails on an address the world did not make. */
    public static TraderKind of(String address) {
        for (TraderKind k : values()) {
            if (address.startsWith(k.prefix)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a world trader: " + address);
    }
}
