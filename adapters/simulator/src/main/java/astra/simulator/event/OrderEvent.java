package astra.simulator.event;

import astra.simulator.matching.OrderType;
import astra.simulator.matching.Side;

/**
 * A user-channel {@code order} message.
 *
 * @param reason why it was cancelled ("" otherwise), in the venue's words where known
 */
public record OrderEvent(long timestampMillis, OrderEventType type, OrderStatus status, String orderId,
                         String owner, String conditionId, String tokenId, Side side, long priceMicros,
                         long originalSizeMicros, long sizeMatchedMicros, OrderType orderType,
                         long expirationSeconds, String reason) implements VenueEvent {}
