package astra.polymarket.wallet;

import java.util.Objects;

/**
 * One preflight check's verdict.
 *
 * @param name what was checked ("pUSD allowance for the NegRisk exchange")
 * @param message what was found, and for a FAIL what to do about it
 */
public record PreflightCheck(String name, Verdict verdict, String message) {
    public enum Verdict {
        PASS,
        FAIL
    }

    public PreflightCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
    }

    static PreflightCheck pass(String name, String message) {
        return new PreflightCheck(name, Verdict.PASS, message);
    }

    static PreflightCheck fail(String name, String message) {
        return new PreflightCheck(name, Verdict.FAIL, message);
    }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }

    @Override
    public String toString() {
        return verdict + " " + name + ": " + message;
    }
}
