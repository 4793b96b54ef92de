package astra.cli.decode;

import java.util.Objects;

/**
 * One captured frame and where it was found: its line in a JSON-lines file, or its 1-based
 * position in a file holding an array of frames (1 for a file holding a single frame).
 */
record Frame(int position, String text) {
    Frame {
        Objects.requireNonNull(text, "text");
    }
}
