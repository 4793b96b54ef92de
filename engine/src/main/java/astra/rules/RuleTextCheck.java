package astra.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses rule text that would make the engine's decisions wrong without an error.
 *
 * <p><b>Consequences.</b> The engine keeps a session from cycle to cycle and updates only the facts
 * that changed ({@link DecisionCycle}), so a decision must be withdrawn as soon as its conditions
 * stop holding: that is what {@code insertLogical} does, and a plain {@code insert} would keep the
 * decision for ever. And the facts are the engine's: a consequence that retracts, deletes, updates
 * or modifies one would leave the session disagreeing with the facts the engine believes it holds.
 *
 * <p><b>Time.</b> The engine holds a fact's stamp while its times stay between the same two of the
 * policy's durations ({@link HeldStamps}), which is exact only if the rules compare times with the
 * policy's durations, and clocks also with zero ({@code timeToClose > Duration.ZERO}), as they do.
 * Arithmetic on a time, a duration written in the rule, the clock or a fact's observation instant
 * would read a held time as if it were the cycle's, and a time left or an age called in a
 * consequence would write a held one into the decision's detail; those are refused: a threshold
 * belongs in {@code policy.yaml}, and a detail names an instant ({@code $m.closesAt()}) or a limit.
 *
 * <p>A text check, on the DRL with its comments and string literals blanked (so a comment or a
 * decision's detail may say "insert" or "toSeconds"); the compiler's own messages come in the same
 * report.
 */
final class RuleTextCheck {
    private static final Pattern CALL =
            Pattern.compile("(?<![\\w$])(insert|retract|delete|update|modify)\\s*\\(");

    private static final Pattern TIME = Pattern.compile("Duration\\.(?!ZERO\\b)\\w+|\\bInstant\\b|\\bLocalDate(Time)?\\b"
            + "|System\\.(currentTimeMillis|nanoTime)|\\bobservedAt(Millis)?\\b"
            + "|\\.(seconds|nano|getSeconds|getNano|toSeconds|toMillis|toMinutes|toHours|toDays|toNanos|toSecondsPart"
            + "|plus\\w+|minus\\w+|multipliedBy|dividedBy|negated)\\b");
    /** A time left or an age called as a method: only a consequence does that (a constraint names the property). */
    private static final Pattern TIME_CALLED = Pattern.compile(
            "\\.(timeTo\\w+|marketDataAge|age|yesBookAge|noBookAge|olderBookAge|userChannelSilence)\\s*\\(");

    private static final Pattern ZERO = Pattern.compile("Duration\\.ZERO\\b");
    private static final Pattern CLOCK_COMPARED = Pattern.compile("timeTo\\w+\\s*(==|!=|<=|>=|<|>)\\s*$");

    private RuleTextCheck() {}

    static void check(RuleSources.SourceFile file, List<CompilationMessage> problems) {
        String code = codeOnly(file.text());
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            String name = call.group(1);
            String why = name.equals("insert")
                    ? "insert( ... ) would keep its decision after the rule's conditions stop holding; use"
                            + " insertLogical( ... ): the engine keeps one session across cycles"
                    : name + "( ... ) changes a fact the engine owns; a consequence only inserts decisions,"
                            + " with insertLogical( ... )";
            problems.add(at(file, code, call.start(), why));
        }
        Matcher time = TIME.matcher(code);
        while (time.find()) {
            problems.add(at(file, code, time.start(), "'" + time.group() + "': rules compare times only with the"
                    + " policy's durations or Duration.ZERO (put a threshold in policy.yaml); the engine holds a"
                    + " fact's times while they stay between two of those"));
        }
        Matcher called = TIME_CALLED.matcher(code);
        while (called.find()) {
            problems.add(at(file, code, called.start(), "'" + called.group(1) + "()' in a consequence would write a"
                    + " held time into the decision: name an instant ($m.closesAt()) or the policy's limit"));
        }
        Matcher zero = ZERO.matcher(code);
        while (zero.find()) {
            int lineStart = code.lastIndexOf('\n', zero.start() - 1) + 1;
            if (!CLOCK_COMPARED.matcher(code.substring(lineStart, zero.start())).find()) {
                problems.add(at(file, code, zero.start(), "Duration.ZERO is compared only with a clock"
                        + " (timeToClose > Duration.ZERO and the like); an age is compared with the policy's durations"));
            }
        }
    }

    /** The text with comments and string literals replaced by spaces, line breaks kept. */
    static String codeOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? text.length() : end + 2;
                blank(text, i, stop, out);
                i = stop;
            } else if (c == '"') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '"' && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                int stop = Math.min(text.length(), j + 1);
                blank(text, i, stop, out);
                i = stop;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(String text, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            out.append(text.charAt(k) == '\n' ? '\n' : ' ');
        }
    }

    private static CompilationMessage at(RuleSources.SourceFile file, String code, int offset, String text) {
        return new CompilationMessage(file.name(), RuleSetCompiler.lineOf(code, offset), columnOf(code, offset), text);
    }

    private static int columnOf(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart + 1;
    }
}
