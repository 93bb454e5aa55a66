package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the narrative rules share: number patterns and the kind of an explanatory section, from its title. */
final class Narrative {

    /** An amount in 万元 as printed: {@code 1,491.86 万元}. Group 1 is the number. */
    static final Pattern AMOUNT = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*万元");

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern NOISE = Pattern.compile("[\\s“”\"‘’']");

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
        String t = title.replaceAll("\\s", "");
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
     * Finds a pattern sentence by sentence (a sentence ends at 。), only in sentences that contain a keyword: a cheap
     * test that spares the regular expression most of the text. Positions stay those of the whole text.
     *
     * @param pattern the pattern
     * @param text the section text
     * @param keyword a string every match contains
     * @param each called with every match
     */
    static void findInLines(Pattern pattern, String text, String keyword, Consumer<MatchResult> each) {
        Matcher m = pattern.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int hit = text.indexOf(keyword, start);
            if (hit < 0) {
                return;
            }
            int sentenceStart = Math.max(start, text.lastIndexOf('。', hit - 1) + 1);
            int sentenceEnd = text.indexOf('。', hit);
            sentenceEnd = sentenceEnd < 0 ? text.length() : sentenceEnd + 1;
            m.region(sentenceStart, sentenceEnd);
            while (m.find()) {
                each.accept(m.toMatchResult());
            }
            start = sentenceEnd;
        }
    }

    static BigDecimal number(String printed) {
        return new BigDecimal(printed.replace(",", ""));
    }

    /**
     * The clause right before a position: back to the nearest delimiter, quotes and white space removed, and
     * trailing 为/是 dropped.
     */
    static String clauseBefore(String text, int end) {
        int start = end;
        while (start > 0 && DELIMITERS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String clause = NOISE.matcher(text.substring(start, end)).replaceAll("");
        while (!clause.isEmpty() && "为是".indexOf(clause.charAt(clause.length() - 1)) >= 0) {
            clause = clause.substring(0, clause.length() - 1);
        }
        return clause;
    }

    /** A short quote of the text around a position, for messages. */
    static String quote(String text, int start, int end) {
        int s = start;
        while (s > 0 && "。；;\n".indexOf(text.charAt(s - 1)) < 0 && start - s < 30) {
            s--;
        }
        int e = Math.min(text.length(), end);
        return WHITE_SPACE.matcher(text.substring(s, e).strip().replaceFirst("^[-•·]\\s*", "")).replaceAll(" ");
    }
}
