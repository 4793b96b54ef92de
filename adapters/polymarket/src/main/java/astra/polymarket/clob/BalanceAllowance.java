package astra.polymarket.clob;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * GET /balance-allowance: the balance as the venue states it (unscaled text; the SDKs read it in
 * the token's base units, 1e-6) and the allowance per spender contract. Allowances are uint256 on
 * chain ("unlimited" is 2^256 − 1), so they are {@link BigInteger}s. Older answers carry one
 * {@code allowance} instead of an {@code allowances} map; it is kept under the key "".
 */
public record BalanceAllowance(BigDecimal balance, Map<String, BigInteger> allowances) {
    public BalanceAllowance {
        Objects.requireNonNull(balance, "balance");
        allowances = Map.copyOf(allowances);
    }

    static BalanceAllowance from(JsonNode n) {
        Map<String, BigInteger> allowances = new LinkedHashMap<>();
        JsonNode map = n.get("allowances");
        if (map != null && map.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                allowances.put(e.getKey(), uint(e.getValue().asText(), "allowances." + e.getKey()));
            }
        } else {
            Fields.optText(n, "allowance").ifPresent(a -> allowances.put("", uint(a, "allowance")));
        }
        return new BalanceAllowance(Fields.decimal(n, "balance"), allowances);
    }

    private static BigInteger uint(String text, String name) {
        try {
            BigInteger v = new BigInteger(text.trim());
            if (v.signum() < 0) {
                throw new IllegalArgumentException("field '" + name + "' is negative");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field '" + name + "' is not a whole number: " + text, e);
        }
    }
}
