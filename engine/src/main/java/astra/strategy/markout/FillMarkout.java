package astra.strategy.markout;

import astra.domain.Fill;
import astra.domain.Micros;
import astra.domain.Price;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One fill's markouts as far as they are known: per share in price units (exact: a difference of
 * two micro prices), in USD (× size, rounded half-even to the micro: a measurement, with no side to
 * favour) and in basis points of the fill price (4 decimals, half-even).
 */
public record FillMarkout(Fill fill, Optional<BigDecimal> realizedSpread, Map<MarkoutHorizon, BigDecimal> perShare) {

    private static final BigDecimal BPS = BigDecimal.valueOf(10_000);

    public FillMarkout {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(realizedSpread, "realizedSpread");
        perShare = perShare.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(perShare));
    }

    public Optional<BigDecimal> markout(MarkoutHorizon h) {
        return Optional.ofNullable(perShare.get(h));
    }

    public Optional<Usd> markoutUsd(MarkoutHorizon h) {
        return markout(h).map(m -> new Usd(Micros.of(m.multiply(fill.size().toBigDecimal()), RoundingMode.HALF_EVEN)));
    }

    public Optional<BigDecimal> markoutBps(MarkoutHorizon h) {
        return markout(h).map(this::bps);
    }

    public Optional<BigDecimal> realizedSpreadBps() {
        return realizedSpread.map(this::bps);
    }

    private BigDecimal bps(BigDecimal perShareValue) {
        return bpsOf(perShareValue, fill.price());
    }

    /** What the fill gained per share against a reference price: reference − price for a buy, the reverse for a sell. */
    static BigDecimal perShare(Fill fill, Price reference) {
        BigDecimal gain = reference.toBigDecimal().subtract(fill.price().toBigDecimal());
        return fill.side().sign() > 0 ? gain : gain.negate();
    }

    /** A per-share value in basis points of the fill price, as every markout here is given. */
    static BigDecimal bpsOf(BigDecimal perShareValue, Price fillPrice) {
        return perShareValue.multiply(BPS).divide(fillPrice.toBigDecimal(), MathContext.DECIMAL64)
                .setScale(4, RoundingMode.HALF_EVEN);
    }
}
