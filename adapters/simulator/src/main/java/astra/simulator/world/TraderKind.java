package astra.simulator.world;

/** Who a world participant is, recognisable from its address prefix. */
public enum TraderKind {
    MAKER("mm-"),
    NOISE("noise-"),
    INFORMED("informed-");

    /** Asked for every done order and every trade: one array, not a copy per call. */
    private static final TraderKind[] KINDS = values();

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
        return kindOrNull(address) != null;
    }

    /** The kind of a world address; fails on an address the world did not make. */
    public static TraderKind of(String address) {
        TraderKind kind = kindOrNull(address);
        if (kind == null) {
            throw new IllegalArgumentException("not a world trader: " + address);
        }
        return kind;
    }

    private static TraderKind kindOrNull(String address) {
        for (TraderKind k : KINDS) {
            if (address.startsWith(k.prefix)) {
                return k;
            }
        }
        return null;
    }
}
