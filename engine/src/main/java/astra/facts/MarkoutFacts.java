package astra.facts;

import java.math.BigDecimal;

/**
 * How our own maker fills in one market have aged, over the markout tracker's rolling window.
 *
 * @param makerFillCount maker fills in the window
 * @param meanMarkoutBps mean 2-minute markout of those fills, in basis points of the fill price
 *     (positive = the fills were good for us)
 * @param tStat the t-statistic of that mean (mean / (stdev / sqrt(n))); 0 when fewer than 2 fills;
 *     ±1,000,000 when every markout is the same nonzero value (no dispersion: certain evidence)
 * @param vetoedAsToxic the previous decision cycle vetoed the market as toxic (the rules hold a
 *     veto until the evidence fades well below the bar that set it, instead of flickering at it)
 */
public record MarkoutFacts(String market, int makerFillCount, BigDecimal meanMarkoutBps, BigDecimal tStat,
        boolean vetoedAsToxic) {
    public MarkoutFacts {
        FactChecks.market(market);
        FactChecks.notNegative(makerFillCount, "makerFillCount");
        FactChecks.required(meanMarkoutBps, "meanMarkoutBps");
        FactChecks.required(tStat, "tStat");
    }

    /** Markouts of a market the previous cycle did not veto as toxic. */
    public MarkoutFacts(String market, int makerFillCount, BigDecimal meanMarkoutBps, BigDecimal tStat) {
        this(market, makerFillCount, meanMarkoutBps, tStat, false);
    }
}
