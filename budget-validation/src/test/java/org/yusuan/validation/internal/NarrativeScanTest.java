package org.yusuan.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yusuan.model.NarrativeSection;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.testkit.Fixtures;

/**
 * The narrative rules' fast text scans give exactly what the plain regular expressions give: every search, the
 * amounts, clauses, quotes and the 表4 column of a 类 are compared with the straightforward code they replace
 * (kept here as the reference), on the real disclosures and on many generated texts that only barely match or
 * barely miss (a keyword in another sentence, a number broken by a line, a mark right after a delimiter).
 */
class NarrativeScanTest {

    /** A scan, the regular expression it stands for, and the keyword the reference code filtered sentences by. */
    private record Case(String name, Narrative.Scan scan, Pattern pattern, String keyword) {

        Case(String name, Narrative.Search search, String keyword) {
            this(name, search, search.pattern(), keyword);
        }
    }

    /** The expression {@link ItemScan} replaces: a 项's budget by its 类/款/项 chain. */
    private static final Pattern ITEM = Pattern.compile(
            "([^，。；\\n：:、]+?)[（(]类[）)]([^，。；\\n]+?)[（(]款[）)]([^，。；\\n]+?)[（(]项[）)][：:]\\s*\\d{4}\\s*年预算数为\\s*"
                    + "([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*万元");
    private static final String NUMBER = "([0-9][0-9,]*(?:\\.[0-9]+)?)";
    /** The expression {@link Narrative#findAmounts} replaces: an amount in 万元, group 1 the number. */
    private static final Pattern AMOUNT = Pattern.compile(NUMBER + "\\s*万元");
    /** The expressions {@link PercentStatements} replaces. */
    private static final Pattern BASE = Pattern.compile(NUMBER + "\\s*万元\\s*[，,]?\\s*其中");
    private static final Pattern SHARE = Pattern.compile(NUMBER + "\\s*万元\\s*[，,]\\s*占(?:比)?\\s*" + NUMBER + "\\s*%");
    private static final Pattern CHANGE = Pattern.compile(NUMBER + "\\s*万元\\s*[，,]\\s*(?:占[^，,。]*%\\s*[，,]\\s*)?"
            + "比上年(?:预算)?(增加|减少)\\s*" + NUMBER + "\\s*万元\\s*[，,]\\s*(增长|下降)\\s*" + NUMBER + "\\s*%");
    private static final Pattern DIRECTION = Pattern.compile("(增加|减少)\\s*" + NUMBER + "\\s*万元\\s*[，,]\\s*(增长|下降)\\s*"
            + NUMBER + "\\s*%");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*\\d+\\s*[、.．]");

    private static final List<Case> CASES = List.of(
            new Case("ITEM", ItemScan.ITEMS, ITEM, "项"),
            new Case("BASE", NarrativePercentRule.BASE_SEARCH, BASE, "其中"),
            new Case("SHARE", NarrativePercentRule.SHARE_SEARCH, SHARE, "占"),
            new Case("CHANGE", NarrativePercentRule.CHANGE_SEARCH, CHANGE, "比上年"),
            new Case("DIRECTION", NarrativePercentRule.DIRECTION_SEARCH, DIRECTION, "%"),
            new Case("EXECUTION", NarrativeYearRule.EXECUTION_SEARCH, "资金执行时间"),
            new Case("BUDGET_YEAR", NarrativeYearRule.BUDGET_YEAR_SEARCH, "年预算数"),
            new Case("AS_OF", NarrativeYearRule.AS_OF_SEARCH, "截至"));

    /** Pieces of text the patterns look for, and what breaks them. */
    private static final String[] TOKENS = {
        "万元", "万", "元", "1", "2", "0", "2024", "1,491", ",", ".", ".86", " ", "  ", "\n", "\r\n", "\t", "，", "。",
        "；", ";", "：", ":", "、", "其中", "占", "占比", "%", "比上年", "预算", "增加", "减少", "增长", "下降", "（类）",
        "(类)", "类", "（款）", "款", "（项）", "项", "年预算数为", "年预算数", "年", "资金执行时间", "截至", "底", "末",
        "月", "日", "- ", "•", "·", "“", "”", "\"", "'", "为", "是", "一般公共服务支出", "行政运行", "一般公共预算支出",
        "政府性基金预算支出", "国有资本经营预算支出包括", "\u2028", "\u0085", "\u3000", "收支总预算", "基本支出",
        // whole phrases, so that generated texts match as well as miss
        "1,491.86 万元，其中：", "839.02 万元，占 56.25%", "400.00 万元，比上年预算增加 20.00 万元，增长 5.26%",
        "1 万元，占 2%，比上年减少 3 万元，下降 4%", "增加 0.00 万元，增长 1.00%", "减少 2 万元,增长 3 %",
        "占 5% 6%", "% ，", "比上年预算", "比上年增加", "1 万元，占比 2%，比上年", "占比", "万元 ,其中", "3万元其中",
        "一般公共服务支出（类）行政（款）运行（项）：2024 年预算数为 739.02 万元", "(类)a(款)b(项):2023年预算数为1万元",
        "资金执行时间：2024 年 1 月 1 日", "截至 2024 年 6 月 30 日", "截至2023年底", "2025 年预算数"};

    private static List<String> realTexts() {
        List<String> texts = new ArrayList<>();
        for (String name : Fixtures.disclosureTexts()) {
            texts.add(Fixtures.text(name));
        }
        for (NarrativeSection s : Fixtures.korlaCityGovOffice().getNarrativeSections()) {
            texts.add(s.getText());
        }
        return texts;
    }

    private static List<String> generatedTexts(int count) {
        Random random = new Random(20261202);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(60);
            for (int k = 0; k < n; k++) {
                b.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            texts.add(b.toString());
        }
        return texts;
    }

    private static List<String> allTexts() {
        return Stream.concat(Stream.concat(realTexts().stream(), barelyMatching().stream()),
                generatedTexts(10000).stream()).toList();
    }

    /** Texts each of whose matches only barely passes or misses a shortcut. */
    private static List<String> barelyMatching() {
        return List.of(
                // the keyword only inside the match, at the very end of the text (no 。)
                "1、一般公共服务支出（类）行政（款）运行（项）：2024年预算数为1.00万元",
                "A（类）B（款）C年预算数为D（项）：2024 年预算数为\n5 万元。",
                "。1（类）2（款）3（项）:2024\n年预算数为\n1,2.3\n万元。x（类）y（款）z（项）：2024年预算数为9万元",
                // the match begins right after a delimiter, the 类 mark is the first character of a line
                "、类（类）款（款）项（项）：1999年预算数为0万元；\n（类）（类）a（款）b（项）：2024年预算数为1万元",
                // a number broken across lines and commas, the unit at the start of a line
                "合计 1,491.86\n万元，其中：\n一般 1,\n万元，占 100.00\n%。",
                "1.2.3万元，占1.2.3%，比上年预算增加 0.00 万元，增长 1.00%。",
                // a share with more than one %, a share that runs into the next clause
                "400.00 万元，占 5% 或 6%，比上年预算增加 20.00 万元，增长 5.26%。1 万元，占2%%\n，比上年增加 1 万元，增长 1%",
                "3 万元，占 1%。比上年减少 1 万元，下降 25%。4 万元, 占 5%, 6%, 比上年增加 1 万元, 增长 33.33 %",
                "减少增加 5 万元，下降 2%增加 0 万元,增长 0%。",
                "12万元万元，其中12 万元,其中",
                // years: digits right before the keyword, a date at the end of a sentence
                "12024年预算数 2023 年预算数。截至2025年12月31日。截至 2023 年底",
                "资金执行时间：2024年1月1日-2025年12月31日。资金执行时间:2024年");
    }

    private static List<String> describe(Consumer<Consumer<MatchResult>> search) {
        List<String> found = new ArrayList<>();
        search.accept(m -> {
            StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
            for (int g = 0; g <= m.groupCount(); g++) {
                b.append('|').append(m.group(g));
            }
            found.add(b.toString());
        });
        return found;
    }

    /** The reference: the pattern over each sentence that holds the keyword. */
    private static void referenceFindInLines(Pattern pattern, String text, String keyword, Consumer<MatchResult> each) {
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

    @Test
    void everySearchFindsWhatThePatternFindsInEachSentenceWithItsKeyword() {
        for (Case c : CASES) {
            int matched = 0;
            for (String text : allTexts()) {
                List<String> expected = describe(each -> referenceFindInLines(c.pattern(), text, c.keyword(), each));
                List<String> actual = describe(each -> c.scan().find(text, each));
                assertEquals(expected, actual, () -> c.name() + " in " + text);
                matched += expected.size();
            }
            assertFalse(matched < 500, "the texts exercise " + c.name() + ": " + matched + " matches");
        }
    }

    @Test
    void barelyMatchingTextsAreFound() {
        for (Case c : CASES) {
            boolean any = false;
            for (String text : barelyMatching()) {
                any |= !describe(each -> c.scan().find(text, each)).isEmpty();
            }
            assertEquals(true, any, c.name() + " finds something in the barely matching texts");
        }
    }

    @Test
    void amountsAreThoseOfThePatternOverTheWholeText() {
        for (String text : allTexts()) {
            List<String> expected = describe(each -> {
                Matcher m = AMOUNT.matcher(text);
                while (m.find()) {
                    each.accept(m.toMatchResult());
                }
            });
            assertEquals(expected, amounts(text, 0, text.length()), text);
            for (int end = 0; end <= text.length(); end += 1 + text.length() / 7) {
                String head = text.substring(0, end);
                List<String> inHead = describe(each -> {
                    Matcher m = AMOUNT.matcher(head);
                    while (m.find()) {
                        each.accept(m.toMatchResult());
                    }
                });
                assertEquals(inHead, amounts(text, 0, end), head);
            }
        }
    }

    private static List<String> amounts(String text, int from, int to) {
        List<String> found = new ArrayList<>();
        Narrative.findAmounts(text, from, to, a -> found.add(a.start() + "-" + a.end() + "|"
                + text.substring(a.start(), a.end()) + "|" + a.number()));
        return found;
    }

    @Test
    void theGenericSearchTriesEveryPositionWhenToldTo() {
        for (String text : generatedTexts(2000)) {
            Pattern p = SHARE;
            List<String> expected = describe(each -> {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    each.accept(m.toMatchResult());
                }
            });
            assertEquals(expected, describe(each -> Narrative.find(p.matcher(text), Narrative.Starts.ANYWHERE, text, 0,
                    text.length(), each)), text);
        }
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern NOISE = Pattern.compile("[\\s“”\"‘’']");

    private static String referenceClauseBefore(String text, int end) {
        int start = end;
        while (start > 0 && Narrative.DELIMITERS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String clause = NOISE.matcher(text.substring(start, end)).replaceAll("");
        while (!clause.isEmpty() && "为是".indexOf(clause.charAt(clause.length() - 1)) >= 0) {
            clause = clause.substring(0, clause.length() - 1);
        }
        return clause;
    }

    private static String referenceQuote(String text, int start, int end) {
        int s = start;
        while (s > 0 && "。；;\n".indexOf(text.charAt(s - 1)) < 0 && start - s < 30) {
            s--;
        }
        int e = Math.min(text.length(), end);
        return WHITE_SPACE.matcher(text.substring(s, e).strip().replaceFirst("^[-•·]\\s*", "")).replaceAll(" ");
    }

    private static FiscalExpenditureColumn referenceFund(String text, int position) {
        int general = text.lastIndexOf("一般公共预算支出", position - "一般公共预算支出".length());
        int fund = text.lastIndexOf("政府性基金预算支出", position - "政府性基金预算支出".length());
        int capital = text.lastIndexOf("国有资本经营预算支出包括", position - "国有资本经营预算支出包括".length());
        if (capital > general && capital > fund) {
            return FiscalExpenditureColumn.STATE_CAPITAL_OPERATION_BUDGET;
        }
        if (fund > general) {
            return FiscalExpenditureColumn.GOVERNMENT_FUND_BUDGET;
        }
        return FiscalExpenditureColumn.GENERAL_PUBLIC_BUDGET;
    }

    @Test
    void clausesQuotesAndColumnsAreThoseOfTheReference() {
        List<String> sections = Fixtures.korlaCityGovOffice().getNarrativeSections().stream()
                .map(NarrativeSection::getText).toList();
        for (String text : Stream.concat(Stream.concat(sections.stream(), barelyMatching().stream()),
                generatedTexts(2000).stream()).toList()) {
            NarrativeAmountRule.Funds funds = new NarrativeAmountRule.Funds(text);
            for (int at = 0; at <= text.length(); at++) {
                String clause = referenceClauseBefore(text, at);
                assertEquals(clause, Narrative.clauseBefore(text, at), text);
                String normalized = Normalizer.normalize(clause, Normalizer.Form.NFKC);
                assertEquals(normalized.replaceFirst("\\(类\\)$", ""),
                        NarrativeAmountRule.withoutCategoryMark(normalized), normalized);
                assertEquals(referenceFund(text, at), funds.at(at), text);
                for (int end = at; end <= Math.min(text.length(), at + 40); end += 7) {
                    assertEquals(referenceQuote(text, at, end), Narrative.quote(text, at, end), text);
                }
            }
        }
    }

    @Test
    void theListNumberComesOffAsReplaceFirstTakesItOff() {
        List<String> groups = new ArrayList<>();
        for (String text : allTexts()) {
            ItemScan.ITEMS.find(text, m -> groups.add(m.group(1)));
        }
        groups.addAll(List.of("", "1", "1、", " 12 、a", "1.2.b", "12．c", "\n3\t、d", "a1、", "1 x、", "、", "1、、"));
        groups.addAll(generatedTexts(3000));
        for (String group : groups) {
            assertEquals(LIST_NUMBER.matcher(group).replaceFirst(""), ItemScan.withoutListNumber(group), group);
        }
    }

    @Test
    void aMatchFoundByHandAnswersAsTheExpressionsMatchDoes() {
        String text = "1、一般公共服务支出（类）行政（款）运行（项）：2024 年预算数为 739.02 万元";
        Matcher expected = ITEM.matcher(text);
        assertEquals(true, expected.find());
        List<MatchResult> found = new ArrayList<>();
        ItemScan.ITEMS.find(text, found::add);
        assertEquals(1, found.size());
        MatchResult actual = found.get(0);
        assertEquals(expected.groupCount(), actual.groupCount());
        for (int g = 0; g <= expected.groupCount(); g++) {
            assertEquals(expected.start(g), actual.start(g));
            assertEquals(expected.end(g), actual.end(g));
            assertEquals(expected.group(g), actual.group(g));
        }
        assertEquals(expected.group(), actual.group());
        assertEquals(expected.start(), actual.start());
        assertEquals(expected.end(), actual.end());
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> actual.group(5));
    }

    @Test
    void searchesWithinARegionFindWhatIndexOfFindsThere() {
        for (String text : generatedTexts(300)) {
            for (int from = 0; from <= text.length(); from += 3) {
                for (int to = from; to <= text.length(); to += 2) {
                    for (String word : List.of("万元", "增加", "类", "年预算数", "%")) {
                        int i = text.indexOf(word, from);
                        assertEquals(i >= 0 && i < to ? i : -1, Narrative.indexOf(text, word, from, to), text);
                    }
                    int c = text.indexOf('类', from);
                    assertEquals(c >= 0 && c < to ? c : -1, Narrative.indexOf(text, '类', from, to), text);
                }
            }
        }
    }

    @Test
    void theCategoryMarkComesOffAsReplaceFirstTakesItOff() {
        for (String clause : List.of("", "(类)", "a(类)", "a(类)\n", "a(类)\r\n", "a(类)\r", "a(类)\u2028", "a(类)\u0085",
                "a(类)\u2029", "(类)(类)", "a(类)b", "a(类)\n\n", "a\r(类)\n", ")\n", "类)\r\n", "(类)x\n")) {
            assertEquals(clause.replaceFirst("\\(类\\)$", ""), NarrativeAmountRule.withoutCategoryMark(clause),
                    clause);
        }
    }

    @Test
    void titlesLoseTheirWhiteSpaceAsReplaceAllTakesItOff() {
        for (String title : Stream.concat(Stream.of(TOKENS),
                generatedTexts(500).stream()).toList()) {
            assertEquals(title.replaceAll("\\s", ""), Narrative.withoutSpace(title), title);
        }
    }
}
