package astra.rules;

import java.util.EnumSet;
import java.util.Set;

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

    /** Parses a comma-separated list as rules write it ("QUOTE,REDUCE"); empty means none. */
    public static Set<TradingAction> parseList(String text) {
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
