package astra.polymarket.ws;

/**
 * Decodes frames of the user channel ({@code /ws/user}) into {@link OrderMessage}s and
 * {@link TradeMessage}s. NOT thread-safe (see {@link ChannelDecoder}).
 */
public final class UserChannelDecoder extends ChannelDecoder {

    public UserChannelDecoder() {
        this(new UserFields(), new UserEventFactory());
    }

    private UserChannelDecoder(UserFields fields, UserEventFactory factory) {
        super(p -> {
            fields.read(p);
            return factory.build(fields);
        });
    }
}
