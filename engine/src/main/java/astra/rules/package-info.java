/**
 * The rules machinery, and the decision engine on top of it: risk officers change trading policy by editing {@code rules/**}{@code /*.drl}
 * and {@code rules/policy.yaml}; the running system compiles the edit in the background and puts
 * it in force without a redeploy.
 *
 * <p>Invariants:
 * <ul>
 *   <li>A rule set that does not compile, or whose policy is invalid, is refused with its file,
 *       line and column messages and counted; the previous rule set keeps deciding.
 *   <li>A {@link astra.rules.RuleSet} is immutable; {@link astra.rules.LiveRules} swaps it
 *       atomically, and a decision cycle uses one snapshot from start to end, so no cycle mixes
 *       two versions.
 *   <li>A rules version id is a hash of the files' names and bytes: it changes with content,
 *       never with modification times.
 *   <li>Every decision is a {@link astra.rules.Decision} fact with a reason code, the rule's name
 *       and the rules version; a rule's right-hand side only inserts decision facts, no I/O.
 *   <li>A KieSession is owned by one thread (the {@link astra.rules.DecisionCycle}'s).
 *   <li>Thresholds are in {@link astra.rules.Policy} (exact decimals), never literals in rules.
 *   <li>{@link astra.rules.DecisionEngine} derives in Java what rules should not compute (feed
 *       ages, quoteability scores, cluster and portfolio exposure with reservations) and combines a
 *       cycle's decisions per market on the safe side: most restrictive state, intersection of
 *       allowed actions, smallest cap multiplier, any veto; no decision means no permission.
 * </ul>
 */
package astra.rules;
