package astra.polymarket.clob;

import astra.domain.OrderId;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The venue's answer to one posted order.
 *
 * <p>{@code makingAmount}/{@code takingAmount} are what matched immediately, in tokens or
 * collateral depending on the side (the maker gives collateral on a BUY, tokens on a SELL), so
 * they stay plain decimals here; zero when nothing matched or the venue left them empty.
 *
 * @param orderId the venue's id (the signed order's hash); empty when the order was refused
 * @param status empty when the venue gave none (refusals)
 */
public record PostOrderResult(
        boolean success,
        Optional<String> errorMsg,
        Optional<OrderId> orderId,
        Optional<VenueOrderStatus> status,
        BigDecimal makingAmount,
        BigDecimal takingAmount) {

    public PostOrderResult {
        Objects.requireNonNull(errorMsg, "errorMsg");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(makingAmount, "makingAmount");
        Objects.requireNonNull(takingAmount, "takingAmount");
        if (success && orderId.isEmpty()) {
            throw new IllegalArgumentException("a successful post names its order id");
        }
    }

    static PostOrderResult from(JsonNode n) {
        if (n != null && n.isObject() && !n.has("success") && n.hasNonNull("error")) {
            // The venue's plain error shape, {"error": "..."}, inside a batch answer or a 2xx.
            return new PostOrderResult(false, Fields.optText(n, "error"), Fields.optText(n, "orderID").map(OrderId::new),
                    Optional.empty(), BigDecimal.ZERO, BigDecimal.ZERO);
        }
        return new PostOrderResult(
                Fields.bool(n, "success"),
                Fields.optText(n, "errorMsg"),
                Fields.optText(n, "orderID").map(OrderId::new),
                Fields.optText(n, "status").map(VenueOrderStatus::parse),
                Fields.decimalOrZero(n, "makingAmount"),
                Fields.decimalOrZero(n, "takingAmount"));
    }
}
