package org.yusuan.validation.internal;

import java.util.function.Consumer;
import java.util.regex.MatchResult;

/**
 * Finds the statements of a 项's budget by its 类/款/项 chain in section 三 of the narrative, such as {@code
 * 1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：2024 年预算数为 739.02 万元}, by hand, exactly
 * as the regular expression
 *
 * <pre>
 * ([^，。；\n：:、]+?)[（(]类[）)]([^，。；\n]+?)[（(]款[）)]([^，。；\n]+?)[（(]项[）)][：:]\s*\d{4}\s*年预算数为\s*
 * ([0-9][0-9,]*(?:\.[0-9]+)?)\s*万元
 * </pre>
 *
 * finds them sentence by sentence (groups: the 类 with its list number, the 款, the 项, the amount). That expression's
 * three reluctant groups made it cost several microseconds per statement; here each group is extended one character
 * at a time to the next mark it could end at, the rest tried from there, as the expression backtracks. A match can
 * only begin at the start of the clause of a 类 mark (group 1 holds no delimiter), and when none begins there none
 * begins later in that clause (a later start sees fewer of the same marks), so each clause is tried once.
 */
final class ItemScan implements Narrative.Scan {

    /** The scan. */
    static final ItemScan ITEMS = new ItemScan();

    /** What group 1 does not hold, and so what ends the clause a match begins in. */
    private static final String CATEGORY_STOPS = "，。；\n：:、";
    /** What groups 2 and 3 do not hold. */
    private static final String NAME_STOPS = "，。；\n";
    /** Strings every match contains, the rarest first. */
    private static final String[] KEYWORDS = {"年预算数为", "类", "款", "项"};
    private static final String BUDGET = "年预算数为";
    private static final String UNIT = "万元";

    private ItemScan() {
    }

    @Override
    public void find(String text, Consumer<MatchResult> each) {
        Narrative.findInLines(text, each, (from, to, found) -> region(text, from, to, found), KEYWORDS);
    }

    /** The matches of {@code find()} in [from, to). */
    static void region(String text, int from, int to, Consumer<MatchResult> each) {
        int p = from;
        while (p < to) {
            int category = Narrative.indexOf(text, '类', p, to);
            if (category < 0) {
                return;
            }
            int start = category;
            while (start > p && CATEGORY_STOPS.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            int[] bounds = matchAt(text, start, to);
            if (bounds != null) {
                each.accept(new Narrative.Found(text, bounds));
                p = bounds[1];
            } else {
                int end = category;
                while (end < to && CATEGORY_STOPS.indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                p = end + 1;
            }
        }
    }

    /** The match that begins at {@code start}, as {@code lookingAt()} there finds it, or null. */
    private static int[] matchAt(String text, int start, int to) {
        for (int mark = start + 1; mark + 3 <= to; mark++) {
            if (CATEGORY_STOPS.indexOf(text.charAt(mark - 1)) >= 0) {
                return null;
            }
            if (mark(text, mark, '类')) {
                int[] bounds = section(text, mark + 3, to);
                if (bounds != null) {
                    bounds[0] = start;
                    bounds[2] = start;
                    bounds[3] = mark;
                    return bounds;
                }
            }
        }
        return null;
    }

    /** Group 2, the 款, from {@code start}, and what follows it. */
    private static int[] section(String text, int start, int to) {
        for (int mark = start + 1; mark + 3 <= to; mark++) {
            if (NAME_STOPS.indexOf(text.charAt(mark - 1)) >= 0) {
                return null;
            }
            if (mark(text, mark, '款')) {
                int[] bounds = item(text, mark + 3, to);
                if (bounds != null) {
                    bounds[4] = start;
                    bounds[5] = mark;
                    return bounds;
                }
            }
        }
        return null;
    }

    /** Group 3, the 项, from {@code start}, and what follows it. */
    private static int[] item(String text, int start, int to) {
        for (int mark = start + 1; mark + 3 <= to; mark++) {
            if (NAME_STOPS.indexOf(text.charAt(mark - 1)) >= 0) {
                return null;
            }
            if (mark(text, mark, '项')) {
                int[] bounds = amount(text, mark + 3, to);
                if (bounds != null) {
                    bounds[6] = start;
                    bounds[7] = mark;
                    return bounds;
                }
            }
        }
        return null;
    }

    /** {@code [：:]\s*\d{4}\s*年预算数为\s*(number)\s*万元} from {@code at}: the bounds with the end and group 4 set. */
    private static int[] amount(String text, int at, int to) {
        int i = at;
        if (i >= to || text.charAt(i) != '：' && text.charAt(i) != ':') {
            return null;
        }
        i = spaces(text, i + 1, to);
        for (int k = 0; k < 4; k++, i++) {
            if (i >= to || !digit(text.charAt(i))) {
                return null;
            }
        }
        i = spaces(text, i, to);
        if (i + BUDGET.length() > to || !text.startsWith(BUDGET, i)) {
            return null;
        }
        i = spaces(text, i + BUDGET.length(), to);
        if (i >= to || !digit(text.charAt(i))) {
            return null;
        }
        int number = i++;
        while (i < to && (digit(text.charAt(i)) || text.charAt(i) == ',')) {
            i++;
        }
        if (i + 1 < to && text.charAt(i) == '.' && digit(text.charAt(i + 1))) {
            i += 2;
            while (i < to && digit(text.charAt(i))) {
                i++;
            }
        }
        int numberEnd = i;
        i = spaces(text, i, to);
        if (i + UNIT.length() > to || !text.startsWith(UNIT, i)) {
            return null;
        }
        int[] bounds = new int[10];
        bounds[1] = i + UNIT.length();
        bounds[8] = number;
        bounds[9] = numberEnd;
        return bounds;
    }

    /** Whether {@code [（(]c[）)]} is at the position. */
    private static boolean mark(String text, int at, char c) {
        char open = text.charAt(at);
        char close = text.charAt(at + 2);
        return (open == '（' || open == '(') && text.charAt(at + 1) == c && (close == '）' || close == ')');
    }

    private static int spaces(String text, int from, int to) {
        int i = from;
        while (i < to && Narrative.space(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A 类 name without the list number it is printed with ({@code 1、}, {@code 2.}), as {@code
     * replaceFirst("^\\s*\\d+\\s*[、.．]", "")} gives it.
     *
     * @param category group 1 of a match
     * @return the name without the number
     */
    static String withoutListNumber(String category) {
        int i = spaces(category, 0, category.length());
        if (i >= category.length() || !digit(category.charAt(i))) {
            return category;
        }
        while (i < category.length() && digit(category.charAt(i))) {
            i++;
        }
        i = spaces(category, i, category.length());
        if (i < category.length() && "、.．".indexOf(category.charAt(i)) >= 0) {
            return category.substring(i + 1);
        }
        return category;
    }
}
