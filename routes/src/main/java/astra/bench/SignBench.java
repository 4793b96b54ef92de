package astra.bench;

import astra.polymarket.signing.Address;
import astra.polymarket.signing.Bytes32;
import astra.polymarket.signing.ExchangeContracts;
import astra.polymarket.signing.ExchangeDomain;
import astra.polymarket.signing.ExchangeVersion;
import astra.polymarket.signing.OrderSide;
import astra.polymarket.signing.OrderSigner;
import astra.polymarket.signing.OrderV2;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.SignatureType;
import astra.polymarket.signing.SignedOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.web3j.crypto.ECKeyPair;

/**
 * {@code sign}: a V2 order hashed and signed by {@link OrderSigner}, one order at a time, against
 * the naive web3j path ({@link NaiveOrderSigning}) on the same orders, alternating. Both must give
 * the same hash and the same signature bytes for every order before anything is timed. Goal: at
 * least {@value #GOAL} times faster than naive.
 */
public final class SignBench implements Measure {
    static final double GOAL = 8;
    private static final int ORDERS = 256;

    @Override
    public String name() {
        return "sign";
    }

    @Override
    public String description() {
        return "V2 order hash + signature vs web3j StructuredDataEncoder + Sign.signMessage; goal >= " + (int) GOAL
                + " x faster";
    }

    @Override
    public Verdict run(BenchSettings settings, PrintWriter out) throws Exception {
        String keyHex = new ObjectMapper().readTree(settings.fixture("signing/eip712_vectors.json").toFile())
                .get("signer_private_key").asText();
        PrivateKey key = PrivateKey.fromHex(keyHex);
        ECKeyPair keyPair = ECKeyPair.create(new BigInteger(1, HexFormat.of().parseHex(keyHex.substring(2))));
        ExchangeDomain domain = ExchangeContracts.domainFor(ExchangeVersion.V2, false, ExchangeContracts.POLYGON);
        OrderSigner signer = new OrderSigner(key, domain);
        NaiveOrderSigning naive = new NaiveOrderSigning(domain, keyPair);
        VenueSample sample = VenueSample.read(settings.fixture("ws_market"));
        List<OrderV2> orders = orders(key.address(), sample);

        for (OrderV2 order : orders) {
            requireSame(signer.sign(order), naive.hashAndSign(order));
        }
        out.printf("%d orders (real token ids), domain %s; hash and signature identical on both paths%n",
                orders.size(), domain);

        int[] next = {0, 0};
        PairedRun.Result r = new PairedRun(
                () -> {
                    SignedOrder s = signer.sign(orders.get(next[0]++ % ORDERS));
                    return new Workload.Batch(1, s.signature().length());
                },
                () -> new Workload.Batch(1, naive.hashAndSign(orders.get(next[1]++ % ORDERS))[96]))
                .run(settings.rounds(400, 1500));
        double speedup = r.baseline().median() / r.ours().median();
        out.printf("ours: median %s, p99 %s; naive: median %s, p99 %s; %d orders each%n",
                Figures.micros(r.ours().median()), Figures.micros(r.ours().p99()), Figures.micros(r.baseline().median()),
                Figures.micros(r.baseline().p99()), r.ours().count());
        return new Verdict().figure(String.format(
                "sign: %s x faster than baseline (ours %s median, p99 %s; baseline naive web3j %s median; goal >= %d x)",
                Figures.ratio(speedup), Figures.micros(r.ours().median()), Figures.micros(r.ours().p99()),
                Figures.micros(r.baseline().median()), (int) GOAL), speedup >= GOAL);
    }

    /** Orders a maker quotes: real token ids, amounts of a price on the cent tick, both sides. */
    private static List<OrderV2> orders(Address maker, VenueSample sample) {
        List<BigInteger> tokens = sample.tokensByMarket().values().stream().flatMap(List::stream)
                .map(BigInteger::new).toList();
        Random random = new Random(8);
        List<OrderV2> orders = new ArrayList<>(ORDERS);
        long timestamp = 1_777_000_000_000L;
        for (int i = 0; i < ORDERS; i++) {
            long shares = (5 + random.nextInt(500)) * 1_000_000L;
            long cents = 1 + random.nextInt(99);
            long usdc = shares / 100 * cents;
            OrderSide side = random.nextBoolean() ? OrderSide.BUY : OrderSide.SELL;
            orders.add(new OrderV2(random.nextLong() >>> 1, maker, maker, tokens.get(i % tokens.size()),
                    side == OrderSide.BUY ? usdc : shares, side == OrderSide.BUY ? shares : usdc, side,
                    SignatureType.EOA, timestamp + i * 37L, Bytes32.ZERO, Bytes32.ZERO, 0));
        }
        return orders;
    }

    private static void requireSame(SignedOrder ours, byte[] naive) {
        byte[] hash = ours.orderHash().bytes();
        byte[] signature = HexFormat.of().parseHex(ours.signature().substring(2));
        if (!Arrays.equals(hash, Arrays.copyOfRange(naive, 0, 32))
                || !Arrays.equals(signature, Arrays.copyOfRange(naive, 32, 97))) {
            throw new IllegalStateException("fast and naive paths disagree on order " + ours.order());
        }
    }
}
