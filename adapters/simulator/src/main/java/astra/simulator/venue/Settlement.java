package astra.simulator.venue;

import astra.simulator.account.Accounts;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.Side;
import astra.simulator.matching.Trade;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves balances for a matched trade, per maker leg (taker T, maker M, s shares, maker price m,
 * taker price t):
 * <ul>
 *   <li>direct, T buys: T pays M m·s pUSD, M gives T s tokens;</li>
 *   <li>direct, T sells: M pays T m·s pUSD, T gives M s tokens;</li>
 *   <li>mint (T buys X, M buys the other outcome Y): T pays t·s and M pays m·s into the market's
 *       vault (t + m = 1, so exactly s pUSD), and s new X go to T and s new Y to M;</li>
 *   <li>merge (T sells X, M sells Y): both burn s tokens and the vault pays T t·s and M m·s;</li>
 * </ul>
 * and the leg's taker fee goes to the fee collector: a buying taker pays it on top, a selling
 * taker has it taken out of the proceeds. Every credit is held under the trade until
 * it is MINED, so a FAILED trade can be reversed step by step, exactly.
 */
final class Settlement {
    private sealed interface Step permits Move, Mint, Burn {}
    private record Move(String from, String to, String asset, long amount) implements Step {}
    private record Mint(String owner, String token, long amount) implements Step {}
    private record Burn(String owner, String token, long amount) implements Step {}

    private final Accounts accounts;
    private final Map<String, List<Step>> unmined = new HashMap<>();

    Settlement(Accounts accounts) {
        this.accounts = accounts;
    }

    void apply(Trade trade) {
        List<Step> steps = new ArrayList<>();
        for (MakerLeg leg : trade.makerLegs()) {
            steps.addAll(stepsFor(trade, leg));
        }
        for (int i = 0; i < steps.size(); i++) {
            String key = holdKey(trade, i);
            Step step = steps.get(i);
            if (step instanceof Move mv) {
                accounts.move(mv.from(), mv.to(), mv.asset(), mv.amount());
                accounts.hold(key, mv.to(), mv.asset(), mv.amount());
            } else if (step instanceof Mint mt) {
                accounts.mint(mt.owner(), mt.token(), mt.amount());
                accounts.hold(key, mt.owner(), mt.token(), mt.amount());
            } else if (step instanceof Burn b) {
                accounts.burn(b.owner(), b.token(), b.amount());
            }
        }
        unmined.put(trade.tradeId(), steps);
    }

    /** The trade is on chain: its credits become spendable. */
    void mined(Trade trade) {
        List<Step> steps = stepsOf(trade);
        for (int i = 0; i < steps.size(); i++) {
            accounts.release(holdKey(trade, i));
        }
    }

    /** The trade failed: every step is undone, last first. */
    void reverse(Trade trade) {
        List<Step> steps = stepsOf(trade);
        for (int i = steps.size() - 1; i >= 0; i--) {
            accounts.release(holdKey(trade, i));
            Step step = steps.get(i);
            if (step instanceof Move mv) {
                accounts.move(mv.to(), mv.from(), mv.asset(), mv.amount());
            } else if (step instanceof Mint mt) {
                accounts.burn(mt.owner(), mt.token(), mt.amount());
            } else if (step instanceof Burn b) {
                accounts.mint(b.owner(), b.token(), b.amount());
            }
        }
    }

    private List<Step> stepsOf(Trade trade) {
        List<Step> steps = unmined.remove(trade.tradeId());
        if (steps == null) {
            throw new IllegalStateException("trade " + trade.tradeId() + " is not awaiting settlement");
        }
        return steps;
    }

    private static List<Step> stepsFor(Trade trade, MakerLeg leg) {
        String taker = trade.takerOwner();
        String maker = leg.makerOwner();
        long s = leg.sizeMicros();
        long fee = leg.takerFeeMicros();
        long makerPays = Amounts.notional(leg.priceMicros(), s);
        long takerLegNotional = Amounts.notional(leg.takerPriceMicros(), s);
        String vault = Accounts.vault(trade.conditionId());
        List<Step> steps = new ArrayList<>();
        if (trade.takerSide() == Side.BUY) {
            if (leg.complementary()) {
                steps.add(new Move(taker, vault, Accounts.PUSD, takerLegNotional));
                steps.add(new Move(maker, vault, Accounts.PUSD, makerPays));
                steps.add(new Mint(taker, trade.takerToken(), s));
                steps.add(new Mint(maker, leg.tokenId(), s));
            } else {
                steps.add(new Move(taker, maker, Accounts.PUSD, makerPays));
                steps.add(new Move(maker, taker, trade.takerToken(), s));
            }
            steps.add(new Move(taker, Accounts.FEE_COLLECTOR, Accounts.PUSD, fee));
        } else {
            // The fee comes out of the selling taker's proceeds before they reach the taker, so a
            // taker with no spare pUSD can still sell, and its held proceeds are exactly the net.
            String payer = leg.complementary() ? vault : maker;
            if (leg.complementary()) {
                steps.add(new Burn(taker, trade.takerToken(), s));
                steps.add(new Burn(maker, leg.tokenId(), s));
                steps.add(new Move(vault, maker, Accounts.PUSD, makerPays));
            } else {
                steps.add(new Move(taker, maker, trade.takerToken(), s));
            }
            steps.add(new Move(payer, taker, Accounts.PUSD, takerLegNotional - fee));
            steps.add(new Move(payer, Accounts.FEE_COLLECTOR, Accounts.PUSD, fee));
        }
        steps.removeIf(step -> step instanceof Move mv && mv.amount() == 0);
        return steps;
    }

    private static String holdKey(Trade trade, int step) {
        return trade.tradeId() + "#" + step;
    }
}
