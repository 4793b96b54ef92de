package astra.simulator.host;

import astra.simulator.event.OrderEvent;
import astra.simulator.event.OrderEventType;
import astra.simulator.event.TradeEvent;
import astra.simulator.event.TradeStatus;
import astra.simulator.event.VenueEvent;
import astra.simulator.event.VenueListener;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.Trade;
import java.util.Objects;

/**
 * Counts what happened on the venue for a session report: orders accepted, trades matched and
 * failed, venue-wide and for one participant (the configured trader). Venue thread only.
 */
public final class VenueCounters implements VenueListener {
    /**
     * A snapshot of the counts.
     *
     * @param ordersAccepted every order the venue accepted (resting or immediate)
     * @param tradesMatched  every match (one trade per taker order and match)
     * @param tradesFailed   matches that went RETRYING → FAILED and were undone
     * @param traderOrders   orders of the participant accepted
     * @param traderTrades   matches the participant took part in, as taker or maker
     * @param traderFails    of those, the ones that failed
     */
    public record Counts(long ordersAccepted, long tradesMatched, long tradesFailed, long traderOrders,
                         long traderTrades, long traderFails) {}

    private final String participant;
    private long orders;
    private long matched;
    private long failed;
    private long participantOrders;
    private long participantTrades;
    private long participantFails;

    public VenueCounters(String participant) {
        this.participant = Objects.requireNonNull(participant, "participant");
    }

    @Override
    public void onEvent(VenueEvent event) {
        if (event instanceof OrderEvent o && o.type() == OrderEventType.PLACEMENT) {
            orders++;
            if (o.owner().equals(participant)) {
                participantOrders++;
            }
        } else if (event instanceof TradeEvent t && t.status() == TradeStatus.MATCHED) {
            matched++;
            if (involves(t.trade())) {
                participantTrades++;
            }
        } else if (event instanceof TradeEvent t && t.status() == TradeStatus.FAILED) {
            failed++;
            if (involves(t.trade())) {
                participantFails++;
            }
        }
    }

    public Counts counts() {
        return new Counts(orders, matched, failed, participantOrders, participantTrades, participantFails);
    }

    private boolean involves(Trade t) {
        return t.takerOwner().equals(participant)
                || t.makerLegs().stream().map(MakerLeg::makerOwner).anyMatch(participant::equals);
    }
}
