package astra.rules;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What the strategy and executor may do in a market; rules allow them per state. */
public enum TradingAction {
    /** Post maker quotes on both sides (inside caps). */
    QUOTE,
    /** Send orders that only reduce the position. */
    REDUCE,
    /** Cancel resting orders. */
    CANCEL,
    /** Run the parity scanner (two taker legs). */
    PARITY,
    /** Place satellite orders from a gated signal. */
    SATELLITE;

    /**
     * Lists already parsed, by their text: every ALLOW_ACTIONS decision is parsed when it is made
     * and again when it is read, thousands of times a cycle, over a handful of distinct texts.
     */
    private static final Map<String, EnumSet<TradingAction>> PARSED = new ConcurrentHashMap<>();
    /** Rules write a few fixed lists; past this many texts, parse without remembering. */
    private static final int MOST_REMEMBERED = 64;

    /** Parses a comma-separated list as rules write it ("QUOTE,REDUCE"); empty means none. A new set each call. */
    public static Set<TradingAction> parseList(String text) {
        EnumSet<TradingAction> known = PARSED.get(text);
        if (known == null) {
            known = parse(text); // throws on a name that is no action: nothing is remembered
            if (PARSED.size() < MOST_REMEMBERED) {
                PARSED.putIfAbsent(text, known);
            }
        }
        return EnumSet.copyOf(known);
    }

    private static EnumSet<TradingAction> parse(String text) {
        EnumSet<TradingAction> actions = EnumSet.noneOf(TradingAction.class);
        if (text.isBlank()) {
            return actions;
        }
        for (String name : text.split(",")) {
            try {
                actions.add(valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown trading action '" + name.strip() + "' in '" + text
                        + "'; known: " + java.util.Arrays.toString(values()), e);
            }
        }
        return actions;
    }
}
