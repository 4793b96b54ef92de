package astra.bench;

import java.util.Locale;

/** Formatting of measured figures, the same in every measure's output. */
final class Figures {
    private Figures() {}

    /** Operations per second from nanoseconds per operation, grouped: {@code 512,000}. */
    static String perSecond(double nanosPerOp) {
        return String.format(Locale.ROOT, "%,d", Math.round(1e9 / nanosPerOp));
    }

    static String micros(double nanos) {
        return String.format(Locale.ROOT, nanos < 10_000 ? "%.2f µs" : "%,.0f µs", nanos / 1e3);
    }

    static String millis(double nanos) {
        return String.format(Locale.ROOT, "%,.0f ms", nanos / 1e6);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
