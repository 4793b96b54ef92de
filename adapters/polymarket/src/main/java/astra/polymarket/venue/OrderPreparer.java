package astra.polymarket.venue;

import astra.domain.Market;
import astra.domain.OrderIntent;
import astra.domain.ProtocolVersion;
import astra.execution.OrderAmounts;
import astra.polymarket.json.PostOrderRequest;
import astra.polymarket.signing.ExchangeContracts;
import astra.polymarket.signing.ExchangeDomain;
import astra.polymarket.signing.ExchangeVersion;
import astra.polymarket.signing.OrderSide;
import astra.polymarket.signing.OrderSigner;
import astra.polymarket.signing.OrderV2;
import astra.polymarket.signing.SignedOrder;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Turns an intent into a signed order: exact amounts from {@link OrderAmounts}, a fresh salt, the
 * injected clock's milliseconds as the signed timestamp, and the exchange domain of the intent's
 * market as the directory describes it.
 *
 * <p>Salts are below 2^53 ({@link #SALT_LIMIT}) because the venue's clients and the JSON body carry
 * the salt as a number, which JavaScript readers hold exactly only up to that bound.
 */
public final class OrderPreparer {
    /** Salts are drawn from [0, 2^53). */
    public static final long SALT_LIMIT = 1L << 53;

    private final VenueConnection connection;
    private final Clock clock;
    private final RandomGenerator salts;

    public OrderPreparer(VenueConnection connection, Clock clock) {
        this(connection, clock, new SecureRandom());
    }

    /** With a given salt source (tests); production uses a {@link SecureRandom}. */
    public OrderPreparer(VenueConnection connection, Clock clock, RandomGenerator salts) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.salts = Objects.requireNonNull(salts, "salts");
    }

    public SignedIntent prepare(OrderIntent intent) {
        Objects.requireNonNull(intent, "intent");
        Market market = connection.directory().require(intent.market());
        if (market.outcomeOf(intent.token()).isEmpty()) {
            throw new IllegalArgumentException("token " + intent.token() + " is not an outcome of market "
                    + intent.market());
        }
        OrderAmounts amounts = OrderAmounts.of(intent);
        OrderV2 order = new OrderV2(
                salts.nextLong(SALT_LIMIT),
                connection.funder(),
                connection.signer().address(),
                new BigInteger(intent.token().value()),
                amounts.makerAmount(),
                amounts.takerAmount(),
                OrderSide.fromCode(intent.side().venueCode()),
                connection.signatureType(),
                clock.millis(),
                astra.polymarket.signing.Bytes32.ZERO,
                connection.builder(),
                intent.expirationUnixSeconds());
        SignedOrder signed = new OrderSigner(connection.signer(), domainOf(market)).sign(order);
        PostOrderRequest request = new PostOrderRequest(signed, connection.credentials().key(), intent.type(),
                intent.postOnly(), false);
        return new SignedIntent(intent, request);
    }

    /** The exchange domain a market's orders are signed under. */
    public ExchangeDomain domainOf(Market market) {
        return ExchangeContracts.domainFor(exchangeVersion(market), market.negRisk(), connection.chainId());
    }

    static ExchangeVersion exchangeVersion(Market market) {
        if (market.protocol() == ProtocolVersion.V1) {
            throw new IllegalStateException("market " + market.conditionId()
                    + " is marked V1; the venue refuses V1-signed orders since 2026-04-28 (order_version_mismatch)");
        }
        return market.protocol() == ProtocolVersion.V3 ? ExchangeVersion.V3 : ExchangeVersion.V2;
    }
}
