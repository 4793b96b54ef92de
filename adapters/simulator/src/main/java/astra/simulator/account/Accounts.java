package astra.simulator.account;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every owner's balance per asset (pUSD or a token id, all in millionths) and the holds on them.
 * A hold is keyed (an open order's id, or a trade's settlement key) so it can be released in part
 * or whole. Single-threaded, like the rest of the venue core.
 */
public final class Accounts {
    /** The collateral asset's key. */
    public static final String PUSD = "pUSD";
    /** The owner that collects taker fees. */
    public static final String FEE_COLLECTOR = "venue:fees";

    private record Hold(String owner, String asset, long amount) {}

    /** A running amount, changed in place: balances move on every order and fill. */
    private static final class Amount {
        long value;
    }

    private final Map<String, Map<String, Amount>> balances = new HashMap<>();
    private final Map<String, Map<String, Amount>> held = new HashMap<>();
    private final Map<String, Hold> holds = new LinkedHashMap<>();

    /** The owner holding a market's collateral: 1 pUSD for every minted YES/NO pair. */
    public static String vault(String conditionId) {
        return "venue:vault:" + conditionId;
    }

    public void deposit(String owner, String asset, long amount) {
        requirePositive(amount, "deposit");
        add(balances, owner, asset, amount);
    }

    public long balance(String owner, String asset) {
        return get(balances, owner, asset);
    }

    public long held(String owner, String asset) {
        return get(held, owner, asset);
    }

    public long available(String owner, String asset) {
        return balance(owner, asset) - held(owner, asset);
    }

    /**
     * Holds {@code amount} more of the owner's available balance under {@code key} (adding to an
     * existing hold of the same owner and asset); refuses if the available balance is short.
     */
    public void hold(String key, String owner, String asset, long amount) {
        Objects.requireNonNull(key, "key");
        if (amount == 0) {
            return;
        }
        requirePositive(amount, "hold");
        Hold existing = holds.get(key);
        if (existing != null && (!existing.owner().equals(owner) || !existing.asset().equals(asset))) {
            throw new IllegalStateException("hold " + key + " is already on " + existing);
        }
        if (available(owner, asset) < amount) {
            throw new InsufficientBalanceException(owner + " has " + available(owner, asset) + " available "
                    + asset + ", needs " + amount);
        }
        holds.put(key, new Hold(owner, asset, amount + (existing == null ? 0 : existing.amount())));
        add(held, owner, asset, amount);
    }

    /** Releases part of a hold (a fill used it); releasing all of it removes the hold. */
    public void releasePart(String key, long amount) {
        Hold h = holds.get(key);
        if (h == null || amount < 0 || amount > h.amount()) {
            throw new IllegalStateException("cannot release " + amount + " of hold " + key + " (" + h + ")");
        }
        add(held, h.owner(), h.asset(), -amount);
        if (amount == h.amount()) {
            holds.remove(key);
        } else {
            holds.put(key, new Hold(h.owner(), h.asset(), h.amount() - amount));
        }
    }

    /** Releases the whole hold, if any. */
    public void release(String key) {
        Hold h = holds.get(key);
        if (h != null) {
            releasePart(key, h.amount());
        }
    }

    public long heldUnder(String key) {
        Hold h = holds.get(key);
        return h == null ? 0 : h.amount();
    }

    /** Moves balance between owners; the sender's balance (not only available) must cover it. */
    public void move(String from, String to, String asset, long amount) {
        debit(from, asset, amount);
        add(balances, to, asset, amount);
    }

    /** Creates tokens (a mint's new pair, or undoing a merge's burn). */
    public void mint(String owner, String token, long amount) {
        requirePositive(amount, "mint");
        add(balances, owner, token, amount);
    }

    /** Destroys tokens (a merge, or undoing a mint). */
    public void burn(String owner, String token, long amount) {
        debit(owner, token, amount);
    }

    /** Σ of one asset over every owner, the venue's own included: for conservation checks. */
    public long total(String asset) {
        long sum = 0;
        for (Map<String, Amount> owned : balances.values()) {
            Amount a = owned.get(asset);
            sum += a == null ? 0 : a.value;
        }
        return sum;
    }

    private void debit(String owner, String asset, long amount) {
        requirePositive(amount, "debit");
        long balance = balance(owner, asset);
        if (balance < amount) {
            throw new InsufficientBalanceException(owner + " has " + balance + " " + asset + ", cannot pay " + amount);
        }
        add(balances, owner, asset, -amount);
    }

    private static void requirePositive(long amount, String what) {
        if (amount <= 0) {
            throw new IllegalArgumentException(what + " amount must be positive, was " + amount);
        }
    }

    private static long get(Map<String, Map<String, Amount>> book, String owner, String asset) {
        Map<String, Amount> owned = book.get(owner);
        Amount a = owned == null ? null : owned.get(asset);
        return a == null ? 0 : a.value;
    }

    private static void add(Map<String, Map<String, Amount>> book, String owner, String asset, long delta) {
        book.computeIfAbsent(owner, o -> new HashMap<>()).computeIfAbsent(asset, a -> new Amount()).value += delta;
    }
}
