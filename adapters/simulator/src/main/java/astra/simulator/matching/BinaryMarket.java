package astra.simulator.matching;

import java.util.List;

/**
 * One binary market on the venue: its spec, its current tick (which can change while it trades),
 * whether it still accepts orders, and the YES and NO books.
 */
public final class BinaryMarket {
    private final MarketSpec spec;
    private final OrderBook yes;
    private final OrderBook no;
    private Tick tick;
    private boolean open = true;

    public BinaryMarket(MarketSpec spec) {
        this.spec = spec;
        this.tick = spec.tick();
        this.yes = new OrderBook(spec.yesToken());
        this.no = new OrderBook(spec.noToken());
    }

    public MarketSpec spec() { return spec; }
    public String conditionId() { return spec.conditionId(); }
    public Tick tick() { return tick; }
    public boolean open() { return open; }

    public void changeTick(Tick newTick) {
        this.tick = newTick;
    }

    public void close() {
        this.open = false;
    }

    public boolean trades(String tokenId) {
        return spec.yesToken().equals(tokenId) || spec.noToken().equals(tokenId);
    }

    public OrderBook book(String tokenId) {
        if (spec.yesToken().equals(tokenId)) {
            return yes;
        }
        if (spec.noToken().equals(tokenId)) {
            return no;
        }
        throw new IllegalArgumentException("token " + tokenId + " is not traded in market " + spec.conditionId());
    }

    /** The other outcome's token: NO for YES and YES for NO. */
    public String complementOf(String tokenId) {
        book(tokenId);
        return spec.yesToken().equals(tokenId) ? spec.noToken() : spec.yesToken();
    }

    public List<OrderBook> books() {
        return List.of(yes, no);
    }
}
