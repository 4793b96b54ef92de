package astra.polymarket.ws;

/**
 * Decodes frames of the market channel ({@code /ws/market}) into {@link MarketEvent}s. NOT
 * thread-safe (see {@link ChannelDecoder}).
 */
public final class MarketChannelDecoder extends ChannelDecoder {

    public MarketChannelDecoder() {
        this(new MarketFields(), new MarketEventFactory());
    }

    private MarketChannelDecoder(MarketFields fields, MarketEventFactory factory) {
        super(p -> {
            fields.read(p);
            return factory.build(fields);
        });
    }
}
