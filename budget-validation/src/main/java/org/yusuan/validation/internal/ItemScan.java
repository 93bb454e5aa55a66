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
        int[] bounds = group(text, 0, start, to);
        if (bounds != null) {
            bounds[0] = start;
        }
        return bounds;
    }

    /** The marks that end groups 1, 2 and 3. */
    private static final char[] MARKS = {'类', '款', '项'};

    /**
     * Group {@code g + 1} (the 类, 款 or 项) from {@code start}, extended one character at a time to each mark of its
     * kind, and what follows it tried from there: the first way that matches, as the reluctant group takes it.
     *
     * @return the bounds with this group and those after it set, or null
     */
    private static int[] group(String text, int g, int start, int to) {
        String stops = g == 0 ? CATEGORY_STOPS : NAME_STOPS;
        for (int mark = start + 1; mark + 3 <= to; mark++) {
            if (stops.indexOf(text.charAt(mark - 1)) >= 0) {
                return null;
            }
            if (mark(text, mark, MARKS[g])) {
                int[] bounds = g == MARKS.length - 1 ? amount(text, mark + 3, to) : group(text, g + 1, mark + 3, to);
                if (bounds != null) {
                    bounds[2 * g + 2] = start;
                    bounds[2 * g + 3] = mark;
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
        i = Narrative.spaces(text, i + 1, to);
        for (int k = 0; k < 4; k++, i++) {
            if (i >= to || !Narrative.digit(text.charAt(i))) {
                return null;
            }
        }
        int number = Narrative.spaces(text, Narrative.literal(text, Narrative.spaces(text, i, to), to, BUDGET), to);
        int numberEnd = Narrative.numberEnd(text, number, to);
        int end = Narrative.literal(text, Narrative.spaces(text, numberEnd, to), to, UNIT);
        if (end < 0) {
            return null;
        }
        int[] bounds = new int[10];
        bounds[1] = end;
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

    /**
     * A 类 name without the list number it is printed with ({@code 1、}, {@code 2.}), as {@code
     * replaceFirst("^\\s*\\d+\\s*[、.．]", "")} gives it.
     *
     * @param category group 1 of a match
     * @return the name without the number
     */
    static String withoutListNumber(String category) {
        int i = Narrative.spaces(category, 0, category.length());
        if (i >= category.length() || !Narrative.digit(category.charAt(i))) {
            return category;
        }
        while (i < category.length() && Narrative.digit(category.charAt(i))) {
            i++;
        }
        i = Narrative.spaces(category, i, category.length());
        if (i < category.length() && "、.．".indexOf(category.charAt(i)) >= 0) {
            return category.substring(i + 1);
        }
        return category;
    }
}
