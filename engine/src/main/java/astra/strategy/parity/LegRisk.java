package astra.strategy.parity;

import astra.domain.Fill;
import astra.domain.Micros;
import astra.domain.Outcome;
import astra.domain.Shares;
import astra.strategy.Inventory;
import astra.strategy.QuotePermissions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a parity trade left once its two taker legs are done: the complete pairs, and the part of one
 * leg the other did not match. Only matched pairs are the arbitrage; an unmatched remainder is a
 * directional position in one outcome. It is reported as such ({@link #directionalInventory()}) and
 * worked off by the maker under reduce-only quoting ({@link #workOff}): postOnly quotes that can
 * only shrink it, never another taker order, which would pay the fee and the spread a second time
 * on a position whose edge is already gone.
 *
 * <p>The directional inventory is the unpaired tokens we now hold. Buying both: the tokens the
 * fuller leg bought beyond the pairs. Selling both (out of held or split pairs): the tokens of the
 * emptier leg whose partners were sold, which were part of neutral pairs before and are now alone.
 *
 * @param yesFilled YES shares the YES leg traded (counting fills only)
 * @param noFilled NO shares the NO leg traded
 */
public record LegRisk(ParityOpportunity trade, Shares yesFilled, Shares noFilled) {

    public LegRisk {
        Objects.requireNonNull(trade, "trade");
        Objects.requireNonNull(yesFilled, "yesFilled");
        Objects.requireNonNull(noFilled, "noFilled");
        requireWithinLeg(leg(trade, Outcome.YES), yesFilled);
        requireWithinLeg(leg(trade, Outcome.NO), noFilled);
    }

    /**
     * Sums the fills of the trade's two legs. A fill that is not one of the legs (another market,
     * token or side) is refused, as is a leg filled beyond its size; a FAILED fill does not count.
     */
    public static LegRisk afterFills(ParityOpportunity trade, List<Fill> fills) {
        Objects.requireNonNull(trade, "trade");
        Shares yes = Shares.ZERO;
        Shares no = Shares.ZERO;
        for (Fill fill : fills) {
            ParityLeg leg = legOf(trade, fill);
            if (!fill.status().counts()) {
                continue;
            }
            if (leg.outcome() == Outcome.YES) {
                yes = yes.plus(fill.size());
            } else {
                no = no.plus(fill.size());
            }
        }
        return new LegRisk(trade, yes, no);
    }

    /** Complete pairs: the arbitrage that did happen. */
    public Shares pairs() {
        return yesFilled.min(noFilled);
    }

    /**
     * The leg that traded more than the other, with the unmatched size; empty when both matched.
     * Its side and price are the leg's own (what was done), not what the work-off will do.
     */
    public Optional<ParityLeg> openLeg() {
        int cmp = yesFilled.compareTo(noFilled);
        if (cmp == 0) {
            return Optional.empty();
        }
        ParityLeg fuller = leg(trade, cmp > 0 ? Outcome.YES : Outcome.NO);
        Shares open = cmp > 0 ? yesFilled.minus(noFilled) : noFilled.minus(yesFilled);
        return Optional.of(new ParityLeg(fuller.outcome(), fuller.token(), fuller.side(), fuller.price(), open));
    }

    /** The unpaired tokens the trade left us holding (see the class comment); flat when both legs matched. */
    public Inventory directionalInventory() {
        Optional<ParityLeg> open = openLeg();
        if (open.isEmpty()) {
            return Inventory.FLAT;
        }
        Outcome fuller = open.get().outcome();
        // Buying, the fuller leg's tokens are the excess; selling, the emptier leg's tokens are left behind.
        Outcome held = trade.kind() == ParityKind.BUY_BOTH ? fuller : fuller.opposite();
        Shares size = open.get().size();
        return held == Outcome.YES ? Inventory.longYes(size) : Inventory.longNo(size);
    }

    /**
     * The permissions to quote the market with while an open leg remains: the rules' own, made
     * reduce-only, so the maker only offers the side that shrinks the position. Without an open
     * leg the rules' permissions stand.
     */
    public QuotePermissions workOff(QuotePermissions rules) {
        Objects.requireNonNull(rules, "rules");
        return openLeg().isPresent() ? rules.withReduceOnly(true) : rules;
    }

    /** One line for the audit log and the report. */
    public String describe() {
        String head = "parity " + trade.kind() + " in " + trade.market() + ": " + pairs() + " pairs complete";
        return openLeg().map(leg -> head + "; " + leg.outcome() + " leg open by " + leg.size()
                + ", held as directional inventory (net YES " + Micros.format(directionalInventory().netYesMicros())
                + ") and worked off as a maker, reduce-only").orElse(head + "; no leg open");
    }

    private static ParityLeg legOf(ParityOpportunity trade, Fill fill) {
        if (!fill.market().equals(trade.market())) {
            throw new IllegalArgumentException("fill " + fill.key() + " is in market " + fill.market()
                    + ", not the parity trade's " + trade.market());
        }
        for (ParityLeg leg : trade.legs()) {
            if (leg.token().equals(fill.token()) && leg.side() == fill.side()) {
                return leg;
            }
        }
        throw new IllegalArgumentException("fill " + fill.key() + " (" + fill.side() + " " + fill.token()
                + ") is not a leg of the parity trade " + trade.kind() + " in " + trade.market());
    }

    private static ParityLeg leg(ParityOpportunity trade, Outcome outcome) {
        return trade.legs().stream().filter(l -> l.outcome() == outcome).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the parity trade has no " + outcome + " leg"));
    }

    private static void requireWithinLeg(ParityLeg leg, Shares filled) {
        if (filled.compareTo(leg.size()) > 0) {
            throw new IllegalArgumentException(leg.outcome() + " leg filled " + filled + ", more than its size "
                    + leg.size());
        }
    }
}
