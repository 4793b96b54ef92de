package astra.polymarket.gamma;

import astra.polymarket.rest.RequestAuthenticator;
import astra.polymarket.rest.RestSettings;
import astra.polymarket.rest.RestTransport;
import astra.polymarket.signing.Address;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The data-API's GET /positions?user=ADDRESS: what a wallet holds on chain, for reconciliation.
 * The user is the funder (the address that holds the tokens: the EOA, or the deposit wallet).
 */
public final class PositionsClient {
    /** The data-API's host. */
    public static final String DEFAULT_BASE = "https://data-api.polymarket.com";
    /** Rows per page; the data-API serves at most 500. */
    public static final int PAGE_SIZE = 500;

    private final RestTransport transport;

    public PositionsClient(RestTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    public static PositionsClient create(RestSettings settings) {
        return new PositionsClient(RestTransport.create(settings, RequestAuthenticator.NONE));
    }

    /** Every position of {@code user}; rows that cannot be read go to {@code onUnreadable}. */
    public List<HeldPosition> positions(Address user, Consumer<GammaFormatException> onUnreadable) {
        return new OffsetPages(transport, PAGE_SIZE).read("/positions?user=" + user.checksummed(), HeldPosition::from,
                HeldPosition::token, onUnreadable);
    }
}
