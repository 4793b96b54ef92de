package astra.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a measure finds its inputs and how long it measures. {@code sharedDir} holds the venue
 * fixtures ({@code fixtures/polymarket/...}); {@code rulesDir} is the shipped rule set, which the
 * reload measure copies and edits, never touches. {@code scale} multiplies the measured rounds
 * (1 is the documented run; tests use less).
 */
public record BenchSettings(Path sharedDir, Path rulesDir, double scale) {
    public BenchSettings {
        Objects.requireNonNull(sharedDir, "sharedDir");
        Objects.requireNonNull(rulesDir, "rulesDir");
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, was " + scale);
        }
    }

    /** The documented round counts, scaled; never fewer than one measured round. */
    public Rounds rounds(int warmup, int measured) {
        return new Rounds((int) Math.ceil(warmup * scale), Math.max(1, (int) Math.round(measured * scale)));
    }

    public Path fixture(String relative) {
        return sharedDir.resolve("fixtures/polymarket").resolve(relative);
    }
}
