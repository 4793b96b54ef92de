package astra.polymarket.gamma;

import astra.domain.FeeSchedule;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.Price;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.TokenId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes a {@link MarketListing} of a {@link GammaMarket}, or refuses with the reason.
 *
 * <p><b>Outcomes</b>: YES is the first outcome and NO the second (the CTF's index order; Gamma
 * writes "Up"/"Down" or team names for some markets), except that {@code ["No", "Yes"]} is read by
 * name. A market without exactly two outcomes is refused.
 *
 * <p><b>Protocol</b>: Gamma {@code version: "v2"} marks the newer protocol, whose orders are signed
 * for ExchangeV3 (domain "3"): {@link ProtocolVersion#V3}. No version is {@link ProtocolVersion#V2}.
 * Any other value is refused rather than guessed.
 *
 * <p><b>Fees</b>: {@code feesEnabled: false} is {@link FeeSchedule#none()}; enabled fees need a
 * published {@code feeSchedule}, and a market without one is refused (a zero fee would flatter every
 * taker decision, and the V1 {@code takerBaseFee} lacks the curve's exponent).
 *
 * <p><b>Clocks</b>, from what Gamma publishes:
 * <ul>
 *   <li>close = {@code endDate} (required), or {@code umaEndDate} when that is earlier: the event
 *       ended early and its resolution is under way (Gamma's captured sports market shows
 *       {@code closedTime} equal to such a {@code umaEndDate}, hours before its {@code endDate}), so
 *       the market must be treated as closing then, not at its scheduled end;
 *   <li>expected proposal = {@code umaEndDate} when Gamma gives one at or after that close, else the
 *       close — the oracle is asked once the market ends;
 *   <li>challenge window start = the expected proposal: the optimistic oracle's dispute (liveness)
 *       window opens with the proposal itself, so the two clocks coincide; the window's length is not
 *       a clock.
 * </ul>
 */
public final class MarketListings {
    /** Gamma's marker of the newer protocol. */
    public static final String NEWER_PROTOCOL_VERSION = "v2";

    private MarketListings() {}

    public static MarketListing of(GammaMarket g) {
        String where = "market " + g.conditionId();
        if (g.outcomes().size() != 2) {
            throw new GammaFormatException(where + " has " + g.outcomes().size() + " outcomes; Astra trades binary markets");
        }
        boolean reversed = g.outcomes().get(0).toLowerCase(Locale.ROOT).equals("no")
                && g.outcomes().get(1).toLowerCase(Locale.ROOT).equals("yes");
        List<TokenId> tokens = g.clobTokenIds();
        TokenId yes = tokens.get(reversed ? 1 : 0);
        TokenId no = tokens.get(reversed ? 0 : 1);
        TickSize tick = tick(g, where);
        Shares minSize = Shares.of(g.minSize().orElseThrow(
                () -> new GammaFormatException(where + " has no orderMinSize")));
        Market market;
        try {
            market = new Market(g.conditionId(), yes, no, g.negRisk(),
                    g.negRisk() ? g.negRiskMarketId() : Optional.empty(), tick, minSize, fees(g, where),
                    protocol(g, where), clocks(g, where));
        } catch (IllegalArgumentException e) {
            throw new GammaFormatException(where + ": " + e.getMessage(), e);
        }
        return new MarketListing(market, g.question(), g.slug(),
                g.rewardsMinSize().filter(s -> s.signum() > 0).map(Shares::of),
                g.rewardsMaxSpreadCents().filter(s -> s.signum() > 0).map(c -> Price.of(c.movePointLeft(2))),
                g.gameStartTime(), g.eventId());
    }

    static MarketClocks clocks(GammaMarket g, String where) {
        Instant end = g.endDate().orElseThrow(() -> new GammaFormatException(where + " has no endDate"));
        Instant close = g.umaEndDate().filter(u -> u.isBefore(end)).orElse(end);
        Instant proposal = g.umaEndDate().filter(u -> u.isAfter(close)).orElse(close);
        return new MarketClocks(close, proposal, proposal);
    }

    private static TickSize tick(GammaMarket g, String where) {
        BigDecimal t = g.tickSize().orElseThrow(() -> new GammaFormatException(where + " has no orderPriceMinTickSize"));
        try {
            return TickSize.parse(t.toPlainString());
        } catch (IllegalArgumentException e) {
            throw new GammaFormatException(where + ": " + e.getMessage(), e);
        }
    }

    private static FeeSchedule fees(GammaMarket g, String where) {
        if (!g.feesEnabled()) {
            return FeeSchedule.none();
        }
        return g.feeSchedule().orElseThrow(() -> new GammaFormatException(where
                + " has fees enabled but publishes no feeSchedule; its taker fee is unknown"));
    }

    private static ProtocolVersion protocol(GammaMarket g, String where) {
        if (g.version().isEmpty()) {
            return ProtocolVersion.V2;
        }
        if (g.version().get().equalsIgnoreCase(NEWER_PROTOCOL_VERSION)) {
            return ProtocolVersion.V3;
        }
        throw new GammaFormatException(where + " has an unknown Gamma version '" + g.version().get() + "'");
    }
}
