package astra.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a measure found: its headline lines (each figure beside its same-run baseline) and whether
 * every goal was met. Printed last, so the final lines of a run are the figures and the verdict.
 */
public final class Verdict {
    private final List<String> lines = new ArrayList<>();
    private boolean met = true;

    /** Adds a headline and folds its goal into the verdict. */
    public Verdict figure(String line, boolean goalMet) {
        lines.add(line);
        met &= goalMet;
        return this;
    }

    public boolean met() {
        return met;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public void print(PrintWriter out) {
        lines.forEach(out::println);
        out.println(met ? "GOAL MET" : "GOAL MISSED");
        out.flush();
    }
}
