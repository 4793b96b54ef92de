package astra.execution;

import astra.domain.FeeSchedule;
import astra.domain.Liquidity;
import astra.domain.Micros;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Fees computed from a market's published {@link FeeSchedule}; no fee rate is ever written here.
 *
 * <p><b>V2 ({@link FeeSchedule.Curve})</b>: fee = C · rate · (p(1 − p))^exponent in pUSD for C
 * shares at price p, on either side. The result is <b>floored</b> (rounded toward zero) to
 * {@value #V2_FEE_DECIMALS} decimals. The venue's page says only "rounded to 5 dp"; the
 * nautilus_trader Polymarket adapter floors, stating that this matches the venue's charge, and a
 * floor never invents a fee the venue did not charge. Example that tells the two apart: 1 share at
 * 0.01 with rate 0.03 is 0.000297, floored 0.00029 (half-up would give 0.00030). With
 * {@code takerOnly} makers pay nothing; a schedule that is not taker-only is read as charging
 * makers the same curve (no such market has been seen; the reading errs on the costly side).
 * Gamma {@code feesEnabled: false} is {@link FeeSchedule#none()}, a zero rate.
 *
 * <p><b>V1 ({@link FeeSchedule.BasisPoints})</b>, the bps an order was signed with: BUY pays
 * bps·min(p, 1 − p)·tokens/(p·10⁴) in tokens, SELL pays bps·min(p, 1 − p)·tokens/10⁴ in pUSD, both
 * floored to the 1e-6 unit as the V1 exchange's integer division does. The bps applies whatever
 * the liquidity: under V1 each order carried its own rate, maker orders usually 0.
 *
 * <p>The V2 curve with exponent 1 (the venue's) and a rate in whole millionths is computed in
 * whole numbers ({@link LinearCurveFee}); every other case, and amounts too large for that path,
 * in exact decimals. Both give the same fee to the unit.
 *
 * <p>Effective amounts: a buy's notional C·p rounds UP to the micro and a sell's DOWN, so neither a
 * cost nor a proceed is flattered. Prices must lie strictly inside (0, 1).
 */
public final class Fees {

    /** The V2 fee is charged to five decimals of pUSD. */
    public static final int V2_FEE_DECIMALS = 5;

    /** Micro-pUSD in one unit of the fee's last decimal (1e-5 pUSD). */
    private static final long MICROS_PER_FEE_UNIT = 10;

    /** Basis points per unit: the definition of a basis point, not a fee. */
    private static final BigDecimal BPS_PER_UNIT = BigDecimal.valueOf(10_000);

    private Fees() {}

    /** The fee a fill of {@code shares} at {@code price} pays on the given side and liquidity. */
    public static Fee fee(FeeSchedule schedule, Side side, Price price, Shares shares, Liquidity liquidity) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(shares, "shares");
        Objects.requireNonNull(liquidity, "liquidity");
        requireInsideUnitInterval(price);
        if (schedule instanceof FeeSchedule.Curve curve) {
            if (liquidity == Liquidity.MAKER && curve.takerOnly()) {
                return Fee.NONE;
            }
            long units = LinearCurveFee.unitsOrNegative(curve, price.micros(), shares.micros());
            if (units >= 0) {
                return Fee.inCollateral(new Usd(units * MICROS_PER_FEE_UNIT));
            }
        }
        return decimalFee(schedule, side, price, shares);
    }

    /**
     * The fee by exact decimal arithmetic, for every schedule the whole-number path does not take
     * (V1, an exponent other than 1, a rate finer than a millionth, amounts past 2^82); the
     * reference that path is tested against. Liquidity is settled by the caller.
     */
    static Fee decimalFee(FeeSchedule schedule, Side side, Price price, Shares shares) {
        requireInsideUnitInterval(price);
        BigDecimal p = price.toBigDecimal();
        BigDecimal c = shares.toBigDecimal();
        if (schedule instanceof FeeSchedule.Curve curve) {
            BigDecimal curvePoint = p.multiply(BigDecimal.ONE.subtract(p)).pow(curve.exponent());
            BigDecimal usd = c.multiply(curve.rate()).multiply(curvePoint)
                    .setScale(V2_FEE_DECIMALS, RoundingMode.DOWN);
            return Fee.inCollateral(Usd.of(usd));
        }
        FeeSchedule.BasisPoints v1 = (FeeSchedule.BasisPoints) schedule;
        BigDecimal base = BigDecimal.valueOf(v1.bps()).multiply(p.min(BigDecimal.ONE.subtract(p))).multiply(c);
        if (side == Side.BUY) {
            BigDecimal tokens = base.divide(p.multiply(BPS_PER_UNIT), Micros.DECIMALS, RoundingMode.DOWN);
            return Fee.inTokens(Shares.of(tokens));
        }
        BigDecimal usd = base.divide(BPS_PER_UNIT, Micros.DECIMALS, RoundingMode.DOWN);
        return Fee.inCollateral(Usd.of(usd));
    }

    /** A buy of {@code shares} at {@code price}: pUSD paid including fees and tokens received after fees. */
    public static EffectiveBuy effectiveCostBuy(FeeSchedule schedule, Price price, Shares shares,
            Liquidity liquidity) {
        Fee fee = fee(schedule, Side.BUY, price, shares, liquidity);
        if (fee.tokens().compareTo(shares) > 0) {
            throw new IllegalArgumentException("fee of " + fee.tokens() + " tokens exceeds the " + shares
                    + " bought: schedule " + schedule + " is not plausible");
        }
        Usd notional = Units.toUsd(shares, price, RoundingMode.UP);
        return new EffectiveBuy(notional.plus(fee.collateral()), shares.minus(fee.tokens()), fee);
    }

    /** A sell of {@code shares} at {@code price}: pUSD received after fees for the tokens delivered. */
    public static EffectiveSell effectiveProceedsSell(FeeSchedule schedule, Price price, Shares shares,
            Liquidity liquidity) {
        Fee fee = fee(schedule, Side.SELL, price, shares, liquidity);
        Usd notional = Units.toUsd(shares, price, RoundingMode.DOWN);
        return new EffectiveSell(notional.minus(fee.collateral()), shares, fee);
    }

    /** A check only: the whole-number path must not pay for a decimal it never uses. */
    private static void requireInsideUnitInterval(Price price) {
        Objects.requireNonNull(price, "price");
        if (price.micros() <= 0 || price.compareTo(Price.ONE) >= 0) {
            throw new IllegalArgumentException("a fee needs a price strictly inside (0, 1), not " + price);
        }
    }
}
