package astra.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/** How numbers read in the gates table and the text/HTML renderers (JSON keeps full precision). */
final class Fmt {
    private Fmt() {}

    static String num(BigDecimal x, int decimals) {
        return x.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String num(Optional<BigDecimal> x, int decimals) {
        return x.map(v -> num(v, decimals)).orElse("n/a");
    }

    static String pct(BigDecimal fraction) {
        return num(fraction.movePointRight(2), 2) + "%";
    }

    static String pct(Optional<BigDecimal> fraction) {
        return fraction.map(Fmt::pct).orElse("n/a");
    }

    static String duration(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        long seconds = d.toSecondsPart();
        StringBuilder s = new StringBuilder();
        if (days > 0) {
            s.append(days).append("d ");
        }
        if (hours > 0) {
            s.append(hours).append("h ");
        }
        if (minutes > 0) {
            s.append(minutes).append("m ");
        }
        if (seconds > 0 || s.length() == 0) {
            s.append(seconds).append("s ");
        }
        return s.toString().trim();
    }
}
