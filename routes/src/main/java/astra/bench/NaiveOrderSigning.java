package astra.bench;

import astra.polymarket.signing.ExchangeDomain;
import astra.polymarket.signing.OrderV2;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * The naive way to hash and sign an order, the {@code sign} measure's baseline: write the EIP-712
 * typed-data JSON document, let web3j's {@code StructuredDataEncoder} parse and hash it, and sign
 * with {@code Sign.signMessage(digest, keyPair, false)}. The type lists are generated from the
 * type strings, so the document always describes the struct the fast signer encodes.
 */
final class NaiveOrderSigning {
    private static final String DOMAIN_TYPE =
            "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";
    private static final Pattern MEMBER = Pattern.compile("(\\w+) (\\w+)");

    private final String typesJson;
    private final String domainJson;
    private final ECKeyPair keyPair;

    NaiveOrderSigning(ExchangeDomain domain, ECKeyPair keyPair) {
        this.typesJson = "{\"EIP712Domain\":" + members(DOMAIN_TYPE) + ",\"Order\":" + members(OrderV2.TYPE) + "}";
        this.domainJson = "{\"name\":\"" + domain.name() + "\",\"version\":\"" + domain.version() + "\",\"chainId\":"
                + domain.chainId() + ",\"verifyingContract\":\"" + domain.verifyingContract() + "\"}";
        this.keyPair = keyPair;
    }

    /** The order's digest (its hash under the domain) followed by the 65-byte signature r ‖ s ‖ v. */
    byte[] hashAndSign(OrderV2 o) throws IOException {
        String message = "{\"salt\":\"" + o.salt() + "\",\"maker\":\"" + o.maker() + "\",\"signer\":\"" + o.signer()
                + "\",\"tokenId\":\"" + o.tokenId() + "\",\"makerAmount\":\"" + o.makerAmount()
                + "\",\"takerAmount\":\"" + o.takerAmount() + "\",\"side\":" + o.side().code()
                + ",\"signatureType\":" + o.signatureType().code() + ",\"timestamp\":\"" + o.timestampMs()
                + "\",\"metadata\":\"" + o.metadata() + "\",\"builder\":\"" + o.builder() + "\"}";
        String document = "{\"types\":" + typesJson + ",\"primaryType\":\"Order\",\"domain\":" + domainJson
                + ",\"message\":" + message + "}";
        byte[] digest = new StructuredDataEncoder(document).hashStructuredData();
        Sign.SignatureData signature = Sign.signMessage(digest, keyPair, false);
        byte[] out = new byte[32 + 65];
        System.arraycopy(digest, 0, out, 0, 32);
        System.arraycopy(signature.getR(), 0, out, 32, 32);
        System.arraycopy(signature.getS(), 0, out, 64, 32);
        out[96] = signature.getV()[0];
        return out;
    }

    /** {@code Order(uint256 salt,...)} as {@code [{"name":"salt","type":"uint256"},...]}. */
    private static String members(String typeString) {
        String inside = typeString.substring(typeString.indexOf('(') + 1, typeString.lastIndexOf(')'));
        StringBuilder json = new StringBuilder("[");
        Matcher m = MEMBER.matcher(inside);
        while (m.find()) {
            json.append(json.length() > 1 ? "," : "").append("{\"name\":\"").append(m.group(2))
                    .append("\",\"type\":\"").append(m.group(1)).append("\"}");
        }
        return json.append(']').toString();
    }
}
