package astra.polymarket.signing;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.SigningFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The precomputed word encoder and web3j's typed-data encoder agree on every order. */
class FastVersusNaiveHashingTest {
    private static final int RANDOM_ORDERS = 200;

    @Test
    void vectors_fastAndNaiveGiveTheSameHash() {
        for (String kind : new String[] {"OrderV2-EOA", "OrderV2-POLY_1271"}) {
            JsonNode vector = SigningFixtures.eip712Vector(kind);
            ExchangeDomain domain = VectorOrders.domain(vector);
            OrderV2 order = VectorOrders.orderV2(vector);
            assertThat(order.hash(domain).bytes())
                    .as(kind)
                    .isEqualTo(NaiveTypedDataHasher.orderHash(domain, order));
        }
        JsonNode v1 = SigningFixtures.eip712Vector("OrderV1");
        ExchangeDomain domain = VectorOrders.domain(v1);
        OrderV1 order = VectorOrders.orderV1(v1);
        assertThat(order.hash(domain).bytes())
                .isEqualTo(NaiveTypedDataHasher.orderHash(domain, order))
                .isEqualTo(Hex.parse(v1.get("order_hash").asText(), "order hash"));
    }

    @Test
    void randomOrders_onEveryExchange_fastAndNaiveGiveTheSameHash() {
        Random random = new Random(20260428L);
        ExchangeDomain[] domains = {
            ExchangeContracts.domainFor(ExchangeVersion.V2, false, ExchangeContracts.POLYGON),
            ExchangeContracts.domainFor(ExchangeVersion.V2, true, ExchangeContracts.POLYGON),
            ExchangeContracts.domainFor(ExchangeVersion.V3, false, ExchangeContracts.POLYGON),
            ExchangeContracts.domainFor(ExchangeVersion.V3, false, ExchangeContracts.AMOY),
        };
        for (int i = 0; i < RANDOM_ORDERS; i++) {
            ExchangeDomain domain = domains[i % domains.length];
            OrderV2 order = randomOrder(random);

            assertThat(order.hash(domain).bytes())
                    .as("order %s on %s", order, domain)
                    .isEqualTo(NaiveTypedDataHasher.orderHash(domain, order));
        }
    }

    @Test
    void domainSeparator_matchesWeb3jHashDomain() {
        ExchangeDomain domain =
                ExchangeContracts.domainFor(ExchangeVersion.V3, false, ExchangeContracts.POLYGON);
        OrderV2 any = randomOrder(new Random(1));

        assertThat(domain.separator())
                .isEqualTo(NaiveTypedDataHasher.encoder(domain, any).hashDomain());
    }

    static OrderV2 randomOrder(Random random) {
        byte[] maker = new byte[20];
        byte[] signer = new byte[20];
        byte[] metadata = new byte[32];
        byte[] builder = new byte[32];
        random.nextBytes(maker);
        random.nextBytes(signer);
        random.nextBytes(metadata);
        random.nextBytes(builder);
        return new OrderV2(
                random.nextLong() & ((1L << 53) - 1),
                Address.of(Hex.of(maker)),
                Address.of(Hex.of(signer)),
                new BigInteger(256, random),
                1 + (random.nextLong() & 0xffff_ffffffL),
                1 + (random.nextLong() & 0xffff_ffffffL),
                random.nextBoolean() ? OrderSide.BUY : OrderSide.SELL,
                SignatureType.values()[random.nextInt(4)],
                1_700_000_000_000L + random.nextInt(1_000_000_000),
                random.nextInt(3) == 0 ? Bytes32.ZERO : Bytes32.of(metadata),
                random.nextInt(3) == 0 ? Bytes32.ZERO : Bytes32.of(builder),
                0);
    }
}
