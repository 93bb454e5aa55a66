package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the narrative rules share: number patterns and the kind of an explanatory section, from its title. */
final class Narrative {



    /** Where a clause of the narrative begins. */
    static final String DELIMITERS = "，,。；;：:、\n";

    /** The kinds of explanatory sections the rules read. */
    enum Kind {
        TOTAL, INCOME, EXPENDITURE, FISCAL, GENERAL_BUDGET, BASIC, PROJECT, FUND, STATE_CAPITAL, THREE_PUBLIC,
        CARRYOVER, OTHER
    }

    private Narrative() {
    }

    static Kind kind(String title) {
        String t = withoutSpace(title);
        if (t.contains("三公")) {
            return Kind.THREE_PUBLIC;
        }
        if (t.contains("财政拨款收支")) {
            return Kind.FISCAL;
        }
        if (t.contains("当年拨款")) {
            return Kind.GENERAL_BUDGET;
        }
        if (t.contains("基本支出")) {
            return Kind.BASIC;
        }
        if (t.contains("项目支出")) {
            return Kind.PROJECT;
        }
        if (t.contains("政府性基金")) {
            return Kind.FUND;
        }
        if (t.contains("国有资本")) {
            return Kind.STATE_CAPITAL;
        }
        if (t.contains("结转结余")) {
            return Kind.CARRYOVER;
        }
        if (t.contains("收支预算")) {
            return Kind.TOTAL;
        }
        if (t.contains("收入预算")) {
            return Kind.INCOME;
        }
        if (t.contains("支出预算")) {
            return Kind.EXPENDITURE;
        }
        return Kind.OTHER;
    }

    /**
     * Where matches of a pattern can begin: a superset of the start positions of its matches, so that trying the
     * expression at these positions only ({@link Matcher#lookingAt()}, in order) finds exactly what {@link
     * Matcher#find()} finds by trying every position.
     */
    @FunctionalInterface
    interface Starts {

        /**
         * The first position in [from, to) where a match may begin.
         *
         * @param text the text
         * @param from the first position to consider
         * @param to the end of the region searched
         * @return the position, or -1 when no match can begin in the region
         */
        int next(String text, int from, int to);

        /** Any position: what {@link Matcher#find()} tries. */
        Starts ANYWHERE = (text, from, to) -> from < to ? from : -1;

        /**
         * Matches that begin with one of some words.
         *
         * @param words the words
         * @return the starts
         */
        static Starts words(String... words) {
            return (text, from, to) -> {
                int first = -1;
                for (String word : words) {
                    int i = indexOf(text, word, from, first < 0 ? to : first);
                    if (i >= 0) {
                        first = i;
                    }
                }
                return first;
            };
        }

        /**
         * Matches that begin with a digit and go on with characters of {@code run} up to a word: the digits (and
         * commas, points, white space) right before each occurrence of the word.
         *
         * @param word the word every match contains after its leading run
         * @param run the characters the match has from its start to the word
         * @return the starts
         */
        static Starts digitsBefore(String word, CharPredicate run) {
            return digitsBefore(word, run, (text, at, to) -> true);
        }

        /**
         * As {@link #digitsBefore(String, CharPredicate)}, for patterns that go on after the word only as {@code
         * then} allows: an occurrence of the word not followed so begins no match.
         *
         * @param word the word every match contains after its leading run
         * @param run the characters the match has from its start to the word
         * @param then whether the text right after an occurrence of the word (at {@code at}, within {@code to}) can
         *     go on as a match does
         * @return the starts
         */
        static Starts digitsBefore(String word, CharPredicate run, Then then) {
            return (text, from, to) -> {
                for (int at = indexOf(text, word, from, to); at >= 0; at = indexOf(text, word, at + 1, to)) {
                    if (!then.test(text, at + word.length(), to)) {
                        continue;
                    }
                    int start = at;
                    while (start > from && run.test(text.charAt(start - 1))) {
                        start--;
                    }
                    for (int i = start; i < at; i++) {
                        if (digit(text.charAt(i))) {
                            return i;
                        }
                    }
                }
                return -1;
            };
        }

        /**
         * Matches that begin within the clause of a character: before the first such character at or after the
         * position, and after the last delimiter before it (the text of a match from its start up to the character
         * holds no delimiter).
         *
         * @param mark the character every match contains
         * @param delimiters the characters a match does not hold between its start and the mark
         * @return the starts
         */
        static Starts clauseOf(char mark, String delimiters) {
            return (text, from, to) -> {
                int at = indexOf(text, mark, from, to);
                if (at < 0) {
                    return -1;
                }
                int start = at;
                while (start > from && delimiters.indexOf(text.charAt(start - 1)) < 0) {
                    start--;
                }
                return start;
            };
        }
    }

    /** A test of the text at a position, within a region. */
    @FunctionalInterface
    interface Then {
        /**
         * @param text the text
         * @param at the position
         * @param to the end of the region
         * @return whether the text at the position can go on as a match does
         */
        boolean test(String text, int at, int to);

        /**
         * What {@code \\s*[，,]\\s*} (or {@code \\s*[，,]?\\s*} when the comma is optional) followed by one of the
         * words matches.
         *
         * @param comma whether the comma is required
         * @param words the words, one of which follows
         * @return the test
         */
        static Then comma(boolean comma, String... words) {
            return (text, at, to) -> {
                int i = at;
                while (i < to && space(text.charAt(i))) {
                    i++;
                }
                if (i < to && (text.charAt(i) == '，' || text.charAt(i) == ',')) {
                    i++;
                    while (i < to && space(text.charAt(i))) {
                        i++;
                    }
                } else if (comma) {
                    return false;
                }
                for (String word : words) {
                    if (i + word.length() <= to && text.startsWith(word, i)) {
                        return true;
                    }
                }
                return false;
            };
        }
    }

    /** A test of a character. */
    @FunctionalInterface
    interface CharPredicate {
        /**
         * @param c a character
         * @return whether it passes
         */
        boolean test(char c);
    }

    /** Digits, commas, points and white space: what a number in 万元 holds before its unit. */
    static final CharPredicate AMOUNT_RUN = Narrative::amountChar;

    /** Digits and white space: what {@code (\\d{4})\\s*年} holds before 年. */
    static final CharPredicate YEAR_RUN = c -> digit(c) || space(c);

    /** Something found in the narrative the way a regular expression's {@code find()} finds its matches. */
    @FunctionalInterface
    interface Scan {
        /**
         * Finds the matches in a text.
         *
         * @param text the section text
         * @param each called with every match
         */
        void find(String text, Consumer<MatchResult> each);
    }

    /** Finds matches within a region of a text, as {@code find()} over that region would. */
    @FunctionalInterface
    interface Region {
        /**
         * @param from the start of the region
         * @param to its end
         * @param each called with every match, in order
         */
        void find(int from, int to, Consumer<MatchResult> each);
    }

    /**
     * A pattern searched sentence by sentence ({@link #findInLines}).
     *
     * @param pattern the pattern
     * @param starts where its matches can begin
     * @param keywords strings every match contains, the rarest first
     */
    record Search(Pattern pattern, Starts starts, String... keywords) implements Scan {

        @Override
        public void find(String text, Consumer<MatchResult> each) {
            Matcher[] m = {null};
            findInLines(text, each, (from, to, found) -> {
                if (m[0] == null) {
                    m[0] = pattern.matcher(text);
                }
                Narrative.find(m[0], starts, text, from, to, found);
            }, keywords);
        }
    }

    /** A match attempted by hand at one position, as {@code lookingAt()} of an expression there. */
    @FunctionalInterface
    interface At {
        /**
         * @param text the text
         * @param start where the match must begin
         * @param to the end of the region
         * @return start and end of the match and of each group (-1 for a group that did not take part), or null
         */
        int[] match(String text, int start, int to);
    }

    /**
     * A statement matched by hand, searched sentence by sentence ({@link #findInLines}) and tried only where it can
     * begin, as {@link Search} does with an expression.
     *
     * @param at the match at a position
     * @param starts where matches can begin
     * @param keywords strings every match contains, the rarest first
     */
    record HandSearch(At at, Starts starts, String... keywords) implements Scan {

        @Override
        public void find(String text, Consumer<MatchResult> each) {
            findInLines(text, each, (from, to, found) -> {
                int p = from;
                while (p < to) {
                    int s = starts.next(text, p, to);
                    if (s < 0) {
                        return;
                    }
                    int[] bounds = at.match(text, s, to);
                    if (bounds != null) {
                        found.accept(new Found(text, bounds));
                        p = bounds[1] > s ? bounds[1] : s + 1;
                    } else {
                        p = s + 1;
                    }
                }
            }, keywords);
        }
    }

    /**
     * Finds matches sentence by sentence (a sentence ends at 。), only in sentences that contain every keyword: a
     * cheap test that spares the matcher most of the text. Every match must contain every keyword (so a sentence
     * without one holds no match and skipping it changes nothing); the first keyword should be the rarest. The matches
     * are those of {@code find()} over each sentence; positions stay those of the whole text.
     *
     * @param text the section text
     * @param each called with every match
     * @param region finds the matches of one sentence
     * @param keywords strings every match contains, at least one
     */
    static void findInLines(String text, Consumer<MatchResult> each, Region region, String... keywords) {
        String first = keywords[0];
        int[] next = new int[keywords.length];
        java.util.Arrays.fill(next, -1);
        int start = 0;
        while (start < text.length()) {
            int hit = text.indexOf(first, start);
            if (hit < 0) {
                return;
            }
            int sentenceStart = Math.max(start, text.lastIndexOf('。', hit - 1) + 1);
            int sentenceEnd = text.indexOf('。', hit);
            sentenceEnd = sentenceEnd < 0 ? text.length() : sentenceEnd + 1;
            if (containsAll(text, sentenceStart, sentenceEnd, keywords, next)) {
                region.find(sentenceStart, sentenceEnd, each);
            }
            start = sentenceEnd;
        }
    }

    /**
     * A match found without a regular expression: its groups as offsets into the text.
     *
     * @param text the text
     * @param bounds start and end of group 0, then of each group in turn; -1 for a group that did not take part
     */
    record Found(String text, int[] bounds) implements MatchResult {

        @Override
        public int start() {
            return bounds[0];
        }

        @Override
        public int start(int group) {
            return bounds[2 * checked(group)];
        }

        @Override
        public int end() {
            return bounds[1];
        }

        @Override
        public int end(int group) {
            return bounds[2 * checked(group) + 1];
        }

        @Override
        public String group() {
            return group(0);
        }

        @Override
        public String group(int group) {
            int s = start(group);
            return s < 0 ? null : text.substring(s, end(group));
        }

        @Override
        public int groupCount() {
            return bounds.length / 2 - 1;
        }

        private int checked(int group) {
            if (group < 0 || group > groupCount()) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
            return group;
        }
    }

    /**
     * The matches of {@code find()} in [from, to), trying the expression only where {@code starts} says a match may
     * begin: the first position where one begins is the leftmost match, as {@code find()} would take it.
     */
    static void find(Matcher m, Starts starts, String text, int from, int to, Consumer<MatchResult> each) {
        int p = from;
        while (p < to) {
            int s = starts.next(text, p, to);
            if (s < 0) {
                return;
            }
            m.region(s, to);
            if (m.lookingAt()) {
                each.accept(m.toMatchResult());
                p = m.end() > s ? m.end() : s + 1;
            } else {
                p = s + 1;
            }
        }
    }

    /**
     * Whether every keyword but the first (already found) occurs within [from, to). {@code next} remembers, per
     * keyword, its first occurrence at or after the last {@code from} (sentences come in order), so the text is
     * searched once per keyword in all.
     */
    private static boolean containsAll(String text, int from, int to, String[] keywords, int[] next) {
        for (int k = 1; k < keywords.length; k++) {
            if (next[k] < from) {
                int i = text.indexOf(keywords[k], from);
                next[k] = i < 0 ? Integer.MAX_VALUE : i;
            }
            if (next[k] == Integer.MAX_VALUE || next[k] + keywords[k].length() > to) {
                return false;
            }
        }
        return true;
    }

    /**
     * An amount in 万元 as printed, {@code ([0-9][0-9,]*(?:\.[0-9]+)?)\s*万元}: {@code 1,491.86 万元}.
     *
     * @param start where the match begins
     * @param end where it ends
     * @param number the number as printed (group 1)
     */
    record Amount(int start, int end, String number) {
    }

    /**
     * Finds amounts in 万元 ({@link Amount}) in [from, to) of the text, giving the same matches as {@code find()} over that region,
     * without the regular expression: a match is digits, commas, points and white space followed by 万元, so only
     * the run of such characters right before each 万元 can hold its start. From a digit the expression can only
     * succeed by taking as much as it can ({@code [0-9,]*}, then a point with digits, then white space), since what
     * it would give back is never 万: so the first digit of the run from which that reaches 万元 begins the match.
     *
     * @param text the text
     * @param from the start of the region
     * @param to the end of the region
     * @param each called with every match
     */
    static void findAmounts(String text, int from, int to, Consumer<Amount> each) {
        int p = from;
        for (int at = indexOf(text, "万元", p, to - 1); at >= 0; at = indexOf(text, "万元", at + 2, to - 1)) {
            int run = at;
            while (run > p && amountChar(text.charAt(run - 1))) {
                run--;
            }
            for (int s = run; s < at; s++) {
                if (!digit(text.charAt(s))) {
                    continue;
                }
                int number = numberEnd(text, s, at);
                int unit = spaces(text, number, at);
                if (unit == at) {
                    each.accept(new Amount(s, at + 2, text.substring(s, number)));
                    p = at + 2;
                    break;
                }
            }
        }
    }


    /**
     * The position after a word at {@code i} within the region, or -1 (also when {@code i} is -1).
     *
     * @param text the text
     * @param i where the word must be, or -1
     * @param to the end of the region
     * @param word the word
     * @return the position after it, or -1
     */
    static int literal(String text, int i, int to, String word) {
        return i >= 0 && i + word.length() <= to && text.startsWith(word, i) ? i + word.length() : -1;
    }

    /** Whether a character is an ASCII digit, as {@code [0-9]} and {@code \d} match. */
    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Where a number as printed, {@code [0-9][0-9,]*(?:\.[0-9]+)?}, that begins at {@code i} ends within the region
     * (it takes all it can, as the expression does), or -1 when no number begins there.
     *
     * @param text the text
     * @param i where the number begins
     * @param to the end of the region
     * @return the end of the number, or -1
     */
    static int numberEnd(String text, int i, int to) {
        if (i < 0 || i >= to || !digit(text.charAt(i))) {
            return -1;
        }
        int at = i + 1;
        while (at < to && (digit(text.charAt(at)) || text.charAt(at) == ',')) {
            at++;
        }
        if (at + 1 < to && text.charAt(at) == '.' && digit(text.charAt(at + 1))) {
            at += 2;
            while (at < to && digit(text.charAt(at))) {
                at++;
            }
        }
        return at;
    }

    /**
     * The first position at or after {@code i} that is not white space ({@code \s*}) within the region; -1 stays -1
     * (a failed part before it).
     *
     * @param text the text
     * @param i where the white space may begin, or -1
     * @param to the end of the region
     * @return the position after the white space, or -1
     */
    static int spaces(String text, int i, int to) {
        if (i < 0) {
            return -1;
        }
        int at = i;
        while (at < to && space(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * Where a word begins in [from, to), as {@code text.indexOf(word, from)} finds it when that is before {@code to}
     * (the word may run past {@code to}), or -1.
     *
     * @param text the text
     * @param word the word, not empty
     * @param from the first start to try
     * @param to the end of the starts to try
     * @return the first start, or -1
     */
    static int indexOf(String text, String word, int from, int to) {
        // String.indexOf is an intrinsic, much faster per character than a loop here, even reading on past the region.
        int i = text.indexOf(word, from);
        return i >= 0 && i < to ? i : -1;
    }

    /**
     * Where a character is in [from, to), or -1.
     *
     * @param text the text
     * @param c the character
     * @param from the first place to look
     * @param to the end of the places to look
     * @return the first place, or -1
     */
    static int indexOf(String text, char c, int from, int to) {
        int i = text.indexOf(c, from);
        return i >= 0 && i < to ? i : -1;
    }

    private static boolean amountChar(char c) {
        return c >= '0' && c <= '9' || c == ',' || c == '.' || space(c);
    }

    /** Whether a character is white space as {@code \s} means it (without UNICODE_CHARACTER_CLASS). */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static BigDecimal number(String printed) {
        return new BigDecimal(printed.replace(",", ""));
    }

    /** The text without white space ({@code \\s}), as {@code replaceAll("\\s", "")} gives it. */
    static String withoutSpace(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (space(c)) {
                if (b == null) {
                    b = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * The clause right before a position: back to the nearest delimiter, quotes and white space removed, and
     * trailing 为/是 dropped.
     */
    static String clauseBefore(String text, int end) {
        int start = end;
        while (start > 0 && !delimiter(text.charAt(start - 1))) {
            start--;
        }
        int last = end;
        while (last > start && noise(text.charAt(last - 1))) {
            last--;
        }
        boolean inner = false;
        for (int i = start; i < last && !inner; i++) {
            inner = noise(text.charAt(i));
        }
        if (!inner) {
            // Noise only at the end (the space before a number): the clause is a piece of the text.
            while (last > start && isOrIs(text.charAt(last - 1))) {
                last--;
            }
            return text.substring(start, last);
        }
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!noise(c)) {
                b.append(c);
            }
        }
        int length = b.length();
        while (length > 0 && isOrIs(b.charAt(length - 1))) {
            length--;
        }
        return b.substring(0, length);
    }

    /** Whether a character is one of {@link #DELIMITERS}. */
    private static boolean delimiter(char c) {
        return switch (c) {
            case '，', ',', '。', '；', ';', '：', ':', '、', '\n' -> true;
            default -> false;
        };
    }

    /** 为 or 是, dropped from the end of a clause. */
    private static boolean isOrIs(char c) {
        return c == '为' || c == '是';
    }

    /** Whether a character is noise in a clause: white space or a quotation mark. */
    private static boolean noise(char c) {
        return space(c) || c == '“' || c == '”' || c == '"' || c == '‘' || c == '’' || c == '\'';
    }

    /** A short quote of the text around a position, for messages. */
    static String quote(String text, int start, int end) {
        int s = start;
        while (s > 0 && "。；;\n".indexOf(text.charAt(s - 1)) < 0 && start - s < 30) {
            s--;
        }
        int e = Math.min(text.length(), end);
        String q = text.substring(s, e).strip();
        int from = 0;
        if (!q.isEmpty() && "-•·".indexOf(q.charAt(0)) >= 0) {
            from = 1;
            while (from < q.length() && space(q.charAt(from))) {
                from++;
            }
        }
        StringBuilder b = null;
        for (int i = from; i < q.length(); i++) {
            char c = q.charAt(i);
            if (space(c)) {
                if (b == null) {
                    b = new StringBuilder(q.length()).append(q, from, i);
                }
                if (i == from || !space(q.charAt(i - 1))) {
                    b.append(' ');
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? q.substring(from) : b.toString();
    }
}
