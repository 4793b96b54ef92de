package astra.cli.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a capture file into frames. A file that parses whole as one JSON value is one frame, or,
 * when it is an array, one frame per element; any other file holds one frame per non-blank line
 * (JSON lines, possibly with plain-text frames such as "PONG" and lines that are not valid JSON).
 *
 * <p>Array elements are cut out of the file's text as written, not re-serialised, so the decoder
 * sees the venue's exact digits.
 */
final class FrameFile {
    private static final JsonFactory JSON = new JsonFactory();

    private FrameFile() {}

    static List<Frame> split(String file) {
        // Editors on some systems save with a byte-order mark, which is neither JSON nor a frame.
        String content = file.startsWith("\uFEFF") ? file.substring(1) : file;
        List<Frame> whole = asOneJsonValue(content);
        return whole != null ? whole : lines(content);
    }

    /** The frames of a file that is one JSON value, or null when it is not. */
    private static List<Frame> asOneJsonValue(String content) {
        if (content.isBlank()) {
            return List.of();
        }
        List<Frame> frames = new ArrayList<>();
        try (JsonParser p = JSON.createParser(content)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    frames.add(new Frame(frames.size() + 1, element(p, t, content)));
                }
            } else {
                p.skipChildren();
                frames.add(new Frame(1, content.strip()));
            }
            if (p.nextToken() != null) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return frames;
    }

    /** The element's text: a container as written in the file, a scalar as its value (a text frame). */
    private static String element(JsonParser p, JsonToken t, String content) throws IOException {
        if (t == null) {
            throw new IOException("file ends inside the array");
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            int start = (int) p.currentTokenLocation().getCharOffset();
            p.skipChildren();
            int end = (int) p.currentLocation().getCharOffset();
            return content.substring(start, end);
        }
        return p.getText();
    }

    private static List<Frame> lines(String content) {
        List<Frame> frames = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                frames.add(new Frame(i + 1, lines[i]));
            }
        }
        return frames;
    }
}
