package astra.cli.venue;

import astra.cli.JsonInput;
import astra.cli.JsonOutput;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.Bytes32;
import astra.polymarket.signing.DepositWalletSignature;
import astra.polymarket.signing.ExchangeDomain;
import astra.polymarket.signing.Secp256k1;
import astra.polymarket.signing.SignatureType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code astra order verify BODY.json}: the order's hash and who signed it, recovered offline. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Reads a signed order body as the venue receives it ({\"order\": {..., \"signature\"}}) and prints"
                    + " its hash and the signer recovered from the signature under the domain the flags name.",
            "For POLY_1271 (deposit wallet) orders the signer is the owner key inside the ERC-7739 wrapper;"
                    + " the wallet contract, not this tool, decides whether that owner may sign."
        })
public final class VerifyOrderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BODY.json", description = "a POST /order body")
    Path file;

    @Mixin
    ExchangeOptions exchange;

    @Override
    public Integer call() {
        JsonNode body = JsonInput.object(file);
        JsonNode orderJson = body.get("order");
        if (orderJson == null || !orderJson.isObject()) {
            throw new IllegalArgumentException(file + ": expected a POST /order body {\"order\": {...}}");
        }
        ProtocolOrder order = ProtocolOrder.read(exchange.protocol, orderJson);
        String signature = OrderFields.signature(orderJson);
        ExchangeDomain domain = exchange.domain();
        Bytes32 hash = order.hash(domain);

        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("hash", hash.value());
        if (order.signatureType() == SignatureType.POLY_1271) {
            Address owner = DepositWalletSignature.recoverOwner(domain, order.structHash(), order.signer(), signature);
            out.put("signer", owner.checksummed());
            out.put("signer_kind", "deposit_wallet_owner");
            out.put("note", "POLY_1271: signer is the owner key inside the ERC-7739 wrapped signature;"
                    + " the wallet contract checks it is the wallet's owner");
            out.put("wallet", order.signer().checksummed());
        } else {
            Address signer = Secp256k1.recoverSigner(hash.bytes(), signature);
            out.put("signer", signer.checksummed());
            out.put("signer_kind", "ecdsa");
            out.put("declared_signer", order.signer().checksummed());
            out.put("signer_matches_declared", signer.equals(order.signer()));
        }
        out.put("signature_type", order.signatureType().name());
        out.put("domain", domain.toString());
        JsonOutput.print(spec, out);
        return 0;
    }
}
