package astra.simulator.wire;

/**
 * Compact JSON written straight into text, for the market channel's frames, which are many: no
 * tree of maps is built and walked. The output is byte for byte what vert.x's
 * {@code JsonObject.encode()} (Jackson's compact writer) gives for the same keys in the same
 * order: no spaces, string values with {@code "} and the backslash escaped, the control characters
 * as Jackson escapes them (b, t, n, f and r by their one-letter escapes, the others as a backslash,
 * "u00" and two upper-case hex digits), everything else as is.
 */
public final class JsonText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static final ThreadLocal<JsonText> REUSED = ThreadLocal.withInitial(JsonText::new);

    private final StringBuilder out = new StringBuilder(400);
    private boolean needComma;

    /**
     * This thread's writer, emptied: saves a fresh buffer per frame on the venue thread. Only for
     * text taken ({@link #toString()}) before the thread starts another, never held or nested.
     */
    public static JsonText reused() {
        JsonText t = REUSED.get();
        t.out.setLength(0);
        t.needComma = false;
        return t;
    }

    public JsonText beginObject() {
        separate();
        out.append('{');
        needComma = false;
        return this;
    }

    public JsonText endObject() {
        out.append('}');
        needComma = true;
        return this;
    }

    public JsonText beginArray() {
        separate();
        out.append('[');
        needComma = false;
        return this;
    }

    public JsonText endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    /** Writes {@code "name":}; the value that follows takes no comma. */
    public JsonText key(String name) {
        separate();
        quoted(name);
        out.append(':');
        needComma = false;
        return this;
    }

    public JsonText value(String text) {
        separate();
        quoted(text);
        needComma = true;
        return this;
    }

    public JsonText value(boolean b) {
        separate();
        out.append(b);
        needComma = true;
        return this;
    }

    public JsonText field(String name, String text) {
        return key(name).value(text);
    }

    public JsonText field(String name, boolean b) {
        return key(name).value(b);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void separate() {
        if (needComma) {
            out.append(',');
        }
    }

    /** How much text is written so far. */
    public int length() {
        return out.length();
    }

    /** The text written from {@code start} on. */
    public String textFrom(int start) {
        return out.substring(start);
    }

    /**
     * Puts {@code plain} at {@code at}, e.g. into a string value written empty, for a value that
     * is a digest of the text around it. {@code plain} must need no escaping.
     */
    public JsonText insert(int at, String plain) {
        out.insert(at, plain);
        return this;
    }

    private void quoted(String s) {
        out.append('"');
        if (plain(s)) {
            out.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                escapeControl(c);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private void escapeControl(char c) {
        switch (c) {
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }
}
