package astra.rules;

import java.util.Objects;

/**
 * One reason a rule set was refused: the file (relative to the rules directory), the line and
 * column where known (0 when the compiler does not say), and the compiler's or validator's text.
 */
public record CompilationMessage(String file, int line, int column, String text) {
    public CompilationMessage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + text;
    }
}
