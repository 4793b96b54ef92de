package astra.cli.venue;

import astra.domain.ProtocolVersion;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.ExchangeContracts;
import astra.polymarket.signing.ExchangeDomain;
import picocli.CommandLine.Option;

/** The flags that choose the exchange domain an order is signed for, with the venue's defaults. */
final class ExchangeOptions {

    /** Which exchange of a protocol generation: the plain CTF exchange or the negRisk one. */
    enum Exchange {
        CTF,
        NEGRISK
    }

    @Option(names = "--protocol", defaultValue = "v2", paramLabel = "v1|v2|v3",
            description = "exchange protocol generation (default: ${DEFAULT-VALUE}); v1 reads V1 order fields")
    ProtocolVersion protocol;

    @Option(names = "--exchange", defaultValue = "ctf", paramLabel = "ctf|negrisk",
            description = "plain CTF exchange or negRisk exchange (default: ${DEFAULT-VALUE})")
    Exchange exchange;

    @Option(names = "--chain", defaultValue = "137", paramLabel = "N",
            description = "chain id: 137 Polygon, 80002 Amoy test chain (default: ${DEFAULT-VALUE})")
    long chain;

    @Option(names = "--contract", paramLabel = "ADDRESS",
            description = "verifying contract, overriding the one the other flags imply")
    String contract;

    ExchangeDomain domain() {
        if (contract == null) {
            return ExchangeContracts.domainFor(protocol, exchange == Exchange.NEGRISK, chain);
        }
        Address address;
        try {
            address = Address.of(contract.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--contract: " + e.getMessage());
        }
        return ExchangeContracts.domain(protocol, chain, address);
    }
}
