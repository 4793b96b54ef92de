package astra.polymarket.wallet;

import astra.domain.Micros;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.ExchangeContracts;
import astra.polymarket.signing.ExchangeVersion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads the wallet's readiness from a Polygon JSON-RPC endpoint and reports each check:
 * <ol>
 *   <li>{@code eth_chainId} equals the configured chain;
 *   <li>{@code eth_getBalance} of the gas payer covers the minimum gas;
 *   <li>pUSD {@code balanceOf(funder)} covers the minimum collateral;
 *   <li>for each exchange (CTF V2, NegRisk V2, ExchangeV3 of the chain): pUSD
 *       {@code allowance(funder, exchange)} covers the minimum, and CTF
 *       {@code isApprovedForAll(funder, exchange)} is true (the exchange may move outcome tokens).
 * </ol>
 * A check whose call fails is a FAIL naming the failure.
 */
public final class WalletPreflight {
    /** pUSD, the collateral (6 decimals). */
    public static final Address PUSD = Address.of("0xC011a7E12a19f7B1f670d46F03B03f3342E82DFB");
    /** The Conditional Tokens contract holding outcome tokens (ERC-1155). */
    public static final Address CTF = Address.of("0x4D97DCd97eC945f40cF65F87097ACe5EA0476045");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final BigDecimal WEI_PER_POL = new BigDecimal(BigInteger.TEN.pow(18));

    /** An exchange contract the wallet must approve, with the name an operator knows it by. */
    record Exchange(String name, Address address) {}

    private final JsonRpc rpc;

    public WalletPreflight(URI rpcEndpoint, HttpClient http, Duration timeout) {
        this.rpc = new JsonRpc(rpcEndpoint, http, timeout);
    }

    public static WalletPreflight create(URI rpcEndpoint) {
        return new WalletPreflight(rpcEndpoint, HttpClient.newBuilder().connectTimeout(DEFAULT_TIMEOUT).build(),
                DEFAULT_TIMEOUT);
    }

    public PreflightReport check(WalletSetup setup) {
        Objects.requireNonNull(setup, "setup");
        List<PreflightCheck> checks = new ArrayList<>();
        checks.add(guarded("chain id", () -> chainId(setup)));
        checks.add(guarded("gas", () -> gas(setup)));
        checks.add(guarded("pUSD balance", () -> collateral(setup)));
        for (Exchange exchange : exchanges(setup.chainId())) {
            checks.add(guarded("pUSD allowance for the " + exchange.name(), () -> allowance(setup, exchange)));
            checks.add(guarded("outcome-token approval for the " + exchange.name(), () -> approval(setup, exchange)));
        }
        return new PreflightReport(checks);
    }

    /** The exchanges a wallet trades through on a chain: CTF V2, NegRisk V2 and that chain's ExchangeV3. */
    static List<Exchange> exchanges(long chainId) {
        return List.of(
                new Exchange("CTF exchange", ExchangeContracts.CTF_EXCHANGE_V2),
                new Exchange("NegRisk exchange", ExchangeContracts.NEG_RISK_EXCHANGE_V2),
                new Exchange("V3 exchange", ExchangeContracts.domainFor(ExchangeVersion.V3, false, chainId)
                        .verifyingContract()));
    }

    private PreflightCheck chainId(WalletSetup setup) {
        long actual = Abi.uint(rpc.call("eth_chainId"), "eth_chainId").longValueExact();
        return actual == setup.chainId()
                ? PreflightCheck.pass("chain id", "chain id " + actual)
                : PreflightCheck.fail("chain id", "chain id " + actual + " but configured " + setup.chainId()
                        + ": point the RPC at chain " + setup.chainId() + " or fix the configuration");
    }

    private PreflightCheck gas(WalletSetup setup) {
        BigInteger wei = Abi.uint(rpc.call("eth_getBalance", setup.gasPayer().checksummed(), "latest"),
                "eth_getBalance");
        String held = pol(wei) + " POL at " + setup.gasPayer().checksummed();
        return wei.compareTo(setup.minimumGasWei()) >= 0
                ? PreflightCheck.pass("gas", held)
                : PreflightCheck.fail("gas", "fund gas: " + held + ", needs at least " + pol(setup.minimumGasWei())
                        + " POL");
    }

    private PreflightCheck collateral(WalletSetup setup) {
        BigInteger micros = Abi.uint(ethCall(PUSD, Abi.call("balanceOf(address)", setup.funder())), "pUSD balanceOf");
        String held = pusd(micros) + " pUSD at " + setup.funder().checksummed();
        return covers(micros, setup)
                ? PreflightCheck.pass("pUSD balance", held)
                : PreflightCheck.fail("pUSD balance", "fund pUSD: " + held + ", needs at least "
                        + setup.minimumCollateral() + " pUSD");
    }

    private PreflightCheck allowance(WalletSetup setup, Exchange exchange) {
        String name = "pUSD allowance for the " + exchange.name();
        BigInteger micros = Abi.uint(ethCall(PUSD, Abi.call("allowance(address,address)", setup.funder(),
                exchange.address())), "pUSD allowance");
        return covers(micros, setup) && micros.signum() > 0
                ? PreflightCheck.pass(name, pusd(micros) + " pUSD")
                : PreflightCheck.fail(name, "approve pUSD for the " + exchange.name() + " "
                        + exchange.address().checksummed() + " (allowance is " + pusd(micros) + " pUSD)");
    }

    private PreflightCheck approval(WalletSetup setup, Exchange exchange) {
        String name = "outcome-token approval for the " + exchange.name();
        BigInteger approved = Abi.uint(ethCall(CTF, Abi.call("isApprovedForAll(address,address)", setup.funder(),
                exchange.address())), "CTF isApprovedForAll");
        return approved.signum() != 0
                ? PreflightCheck.pass(name, "approved")
                : PreflightCheck.fail(name, "approve the outcome tokens (CTF setApprovalForAll) for the "
                        + exchange.name() + " " + exchange.address().checksummed());
    }

    private String ethCall(Address to, String data) {
        java.util.Map<String, String> tx = new java.util.LinkedHashMap<>();
        tx.put("to", to.checksummed());
        tx.put("data", data);
        return rpc.call("eth_call", tx, "latest");
    }

    private static boolean covers(BigInteger micros, WalletSetup setup) {
        return micros.compareTo(BigInteger.valueOf(setup.minimumCollateral().micros())) >= 0;
    }

    private static PreflightCheck guarded(String name, Supplier<PreflightCheck> check) {
        try {
            return check.get();
        } catch (RpcException | ArithmeticException e) {
            return PreflightCheck.fail(name, "could not be read: " + e.getMessage());
        }
    }

    private static String pusd(BigInteger micros) {
        if (micros.bitLength() == 256) {
            return "unlimited";
        }
        return new BigDecimal(micros).movePointLeft(Micros.DECIMALS).stripTrailingZeros().toPlainString();
    }

    private static String pol(BigInteger wei) {
        return new BigDecimal(wei).divide(WEI_PER_POL).stripTrailingZeros().toPlainString();
    }
}
