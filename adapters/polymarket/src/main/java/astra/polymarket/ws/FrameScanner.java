package astra.polymarket.ws;

import astra.domain.Micros;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.market.PriceLevels;
import astra.polymarket.json.DecimalText;
import astra.polymarket.json.EpochText;

/**
 * Reads the two market channel messages that carry nearly all the traffic — {@code book} and
 * current-schema {@code price_change} — straight from the frame's characters into a
 * {@link FastFrame}, in exactly the compact form the venue sends them, with no JSON parser at all:
 * building a Jackson parser for each frame cost about as much as reading the frame.
 *
 * <p>It accepts a narrow grammar and refuses everything else, so that whatever it accepts the
 * event decoder would read into the very same levels: an object (or a non-empty array of objects)
 * of known fields only, each at most once, with no whitespace between tokens, every value a
 * string of printable ASCII without escapes (so an id can never be blank), decimals plain with at
 * most six decimals, sides exactly {@code BUY} or {@code SELL}, nothing after the closing bracket.
 * Whitespace variants, escapes, numbers written bare, unknown or repeated fields, other event types
 * and older schemas are all refused, and the caller reads the frame the slower way, which still
 * gets every one of them right. Owned by one feed thread: NOT thread-safe.
 */
final class FrameScanner {
    /** Longer ids are not the venue's; they are left to the slower readers. */
    static final int MAX_ID_LENGTH = 128;
    private static final long NONE = -1;

    // The fields of a message and of a price change row, one bit each, so a repeated one is refused.
    private static final int EVENT_TYPE = 1;
    private static final int MARKET = 1 << 1;
    private static final int TIMESTAMP = 1 << 2;
    private static final int ASSET_ID = 1 << 3;
    private static final int HASH = 1 << 4;
    private static final int BIDS = 1 << 5;
    private static final int ASKS = 1 << 6;
    private static final int PRICE_CHANGES = 1 << 7;
    private static final int PRICE = 1 << 8;
    private static final int SIZE = 1 << 9;
    private static final int SIDE = 1 << 10;
    private static final int BEST_BID = 1 << 11;
    private static final int BEST_ASK = 1 << 12;

    private static final int BOOK_NEEDS = EVENT_TYPE | MARKET | TIMESTAMP | ASSET_ID | BIDS | ASKS;
    private static final int BOOK_MAY = BOOK_NEEDS | HASH;
    private static final int PRICE_CHANGE_NEEDS = EVENT_TYPE | MARKET | TIMESTAMP | PRICE_CHANGES;
    private static final int PRICE_CHANGE_MAY = PRICE_CHANGE_NEEDS | HASH;
    private static final int ROW_NEEDS = ASSET_ID | PRICE | SIZE | SIDE;

    /** The characters a string may hold here: '!' to '~' but the quote and the backslash. */
    private static final boolean[] PLAIN = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c = '!'; c <= '~'; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
    }

    private final CharTable<TokenId> tokenIds = new CharTable<>();
    /** The frame's characters followed by a NUL, which matches no token and ends every string scan. */
    private char[] buf = new char[1024];
    private int pos;
    private int nameStart;
    private int textStart;
    private int textEnd;

    /** Reads the frame whole into {@code frame}; false when it is not in the form this scanner reads. */
    boolean scan(String text, FastFrame frame) {
        frame.reset();
        int n = text.length();
        if (n == 0) {
            return false;
        }
        if (buf.length <= n) {
            buf = new char[Math.max(n + 1, buf.length * 2)];
        }
        text.getChars(0, n, buf, 0);
        buf[n] = 0;
        pos = 0;
        if (skip('[')) {
            do {
                if (!message(frame)) {
                    return false;
                }
            } while (skip(','));
            if (!skip(']')) {
                return false;
            }
        } else if (!message(frame)) {
            return false;
        }
        return pos == n;
    }

    private boolean message(FastFrame frame) {
        if (!skip('{')) {
            return false;
        }
        int m = frame.addMessage();
        int seen = 0;
        int kind = 0;
        long millis = NONE;
        int assetStart = 0;
        int assetEnd = 0;
        do {
            int field = messageField();
            if (field == 0 || (seen & field) != 0) {
                return false;
            }
            seen |= field;
            boolean ok = switch (field) {
                case EVENT_TYPE -> string() && (kind = eventKind()) != 0;
                case MARKET -> string() && textEnd > textStart;
                case TIMESTAMP -> string()
                        && (millis = EpochText.millisOrNegative(buf, textStart, textEnd - textStart)) >= 0;
                case ASSET_ID -> {
                    boolean id = string() && textEnd > textStart;
                    assetStart = textStart;
                    assetEnd = textEnd;
                    yield id;
                }
                case HASH -> string();
                case BIDS -> levels(frame.bids[m]);
                case ASKS -> levels(frame.asks[m]);
                default -> changes(frame);
            };
            if (!ok) {
                return false;
            }
        } while (skip(','));
        if (!skip('}')) {
            return false;
        }
        boolean whole = kind == FastFrame.BOOK
                ? (seen & BOOK_NEEDS) == BOOK_NEEDS && (seen & ~BOOK_MAY) == 0
                : (seen & PRICE_CHANGE_NEEDS) == PRICE_CHANGE_NEEDS && (seen & ~PRICE_CHANGE_MAY) == 0;
        if (!whole) {
            return false;
        }
        TokenId asset = kind == FastFrame.BOOK ? token(assetStart, assetEnd) : null;
        if (kind == FastFrame.BOOK && asset == null) {
            return false;
        }
        frame.finishMessage(m, kind, millis, asset);
        return true;
    }

    /** Reads one element of an array of objects, between its braces. */
    private interface Element {
        boolean read();
    }

    private final Element row = this::row;
    private final Element level = this::level;
    private FastFrame rowsInto;
    private PriceLevels.Builder levelsInto;

    /** The rows of {@code price_changes[]}, each with a token, side, price and size. */
    private boolean changes(FastFrame frame) {
        rowsInto = frame;
        return objects(row);
    }

    /** {@code [{price, size}, ...]} into a builder. */
    private boolean levels(PriceLevels.Builder into) {
        levelsInto = into;
        return objects(level);
    }

    /** {@code []} or {@code [{...},...]}, each object read by {@code element}. */
    private boolean objects(Element element) {
        if (!skip('[')) {
            return false;
        }
        if (skip(']')) {
            return true;
        }
        do {
            if (!skip('{') || !element.read() || !skip('}')) {
                return false;
            }
        } while (skip(','));
        return skip(']');
    }

    private boolean row() {
        int seen = 0;
        TokenId token = null;
        Side side = null;
        long price = NONE;
        long size = NONE;
        do {
            int field = rowField();
            if (field == 0 || (seen & field) != 0 || !string()) {
                return false;
            }
            seen |= field;
            boolean ok = switch (field) {
                case ASSET_ID -> (token = token(textStart, textEnd)) != null;
                case PRICE -> (price = price()) != NONE;
                case SIZE -> (size = micros()) != NONE;
                case SIDE -> (side = side()) != null;
                // Not used here, but the event decoder refuses a bad touch; empty means none.
                case BEST_BID, BEST_ASK -> textEnd == textStart || price() != NONE;
                default -> true;
            };
            if (!ok) {
                return false;
            }
        } while (skip(','));
        if ((seen & ROW_NEEDS) != ROW_NEEDS) {
            return false;
        }
        rowsInto.addRow(token, side, price, size);
        return true;
    }

    private boolean level() {
        long price = NONE;
        long size = NONE;
        do {
            int length = name();
            if (length == 5 && price == NONE && nameIs("price") && string()) {
                price = price();
            } else if (length == 4 && size == NONE && nameIs("size") && string()) {
                size = micros();
            } else {
                return false;
            }
        } while (skip(','));
        if (price == NONE || size == NONE) {
            return false;
        }
        levelsInto.add(price, size);
        return true;
    }

    private int messageField() {
        return switch (name()) {
            case 4 -> nameIs("hash") ? HASH : nameIs("bids") ? BIDS : nameIs("asks") ? ASKS : 0;
            case 6 -> nameIs("market") ? MARKET : 0;
            case 8 -> nameIs("asset_id") ? ASSET_ID : 0;
            case 9 -> nameIs("timestamp") ? TIMESTAMP : 0;
            case 10 -> nameIs("event_type") ? EVENT_TYPE : 0;
            case 13 -> nameIs("price_changes") ? PRICE_CHANGES : 0;
            default -> 0;
        };
    }

    private int rowField() {
        return switch (name()) {
            case 4 -> nameIs("size") ? SIZE : nameIs("side") ? SIDE : nameIs("hash") ? HASH : 0;
            case 5 -> nameIs("price") ? PRICE : 0;
            case 8 -> nameIs("asset_id") ? ASSET_ID : nameIs("best_bid") ? BEST_BID : nameIs("best_ask") ? BEST_ASK : 0;
            default -> 0;
        };
    }

    /** Reads {@code "name":}, returning the name's length (its start in {@link #nameStart}), or −1. */
    private int name() {
        if (!string()) {
            return -1;
        }
        nameStart = textStart;
        return skip(':') ? textEnd - textStart : -1;
    }

    private boolean nameIs(String expected) {
        for (int i = 0, n = expected.length(); i < n; i++) {
            if (buf[nameStart + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A string into [{@link #textStart}, {@link #textEnd}): printable ASCII other than the
     * backslash, so no escapes to decode, no whitespace (nothing is blank but the empty string) and
     * no control character (which JSON forbids).
     */
    private boolean string() {
        if (buf[pos] != '"') {
            return false;
        }
        int start = pos + 1;
        int i = start;
        // One table load and one branch per character: measured, the loop with three range
        // tests per character was 40 % of reading a price change frame.
        while (PLAIN[buf[i]]) {
            i++;
        }
        if (buf[i] != '"') {
            return false;
        }
        textStart = start;
        textEnd = i;
        pos = i + 1;
        return true;
    }

    private boolean skip(char c) {
        if (buf[pos] == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** A plain decimal in [0, 1] as micros, else NONE. */
    private long price() {
        long micros = micros();
        return micros > Micros.SCALE ? NONE : micros;
    }

    private long micros() {
        return DecimalText.plainMicros(buf, textStart, textEnd - textStart);
    }

    private int eventKind() {
        return textIs("price_change") ? FastFrame.PRICE_CHANGE : textIs("book") ? FastFrame.BOOK : 0;
    }

    /** Exactly as the venue writes it; other spellings go to the slower readers. */
    private Side side() {
        return textIs("BUY") ? Side.BUY : textIs("SELL") ? Side.SELL : null;
    }

    private boolean textIs(String expected) {
        int n = expected.length();
        if (textEnd - textStart != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[textStart + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The cached id for the characters, or null when they cannot be one here (empty, too long). */
    private TokenId token(int start, int end) {
        int length = end - start;
        if (length == 0 || length > MAX_ID_LENGTH) {
            return null;
        }
        TokenId known = tokenIds.find(buf, start, length);
        return known != null ? known : tokenIds.add(buf, start, length, new TokenId(new String(buf, start, length)));
    }
}
