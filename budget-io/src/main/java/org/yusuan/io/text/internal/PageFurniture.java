package org.yusuan.io.text.internal;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.model.MoneyUnit;

/**
 * Recognises what a page puts around a table and repeats at page breaks: the page header ({@code 编制部门：… 单位：万元}),
 * the unit line, the column header (its words, the {@code ※ ※ 1 2 3} numbering row, {@code 类 款 项}) and a page
 * number alone on a line ({@code 12}, {@code - 12 -}, {@code 第 12 页}, {@code 12/40}).
 */
public final class PageFurniture {

    private static final Pattern UNIT = Pattern.compile("单位[：:]\\s*(万元|元)");
    private static final Pattern COMPILER = Pattern.compile("^(编制(部门|单位)|部门名称|单位名称)[：:]");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–\\s]*(第\\s*)?\\d{1,3}(\\s*页)?(\\s*/\\s*\\d{1,3})?(\\s*共\\s*\\d{1,3}\\s*页)?[-—–\\s]*$");
    private static final Pattern NUMBERING_CELL = Pattern.compile("※|\\*|\\d{1,2}");
    private static final Set<String> HEADER_WORDS = Set.of("类", "款", "项", "科目", "项目", "收入", "支出", "合计",
            "总计", "预算数", "基本支出", "项目支出", "人员经费", "公用经费", "资金来源", "一般公共预算", "政府性基金",
            "政府性基金预算", "国有资本经营预算", "财政拨款", "非财政拨款", "单位资金", "财政拨款结转", "支出预算");
    private static final Pattern HEADER_FRAGMENT = Pattern.compile(
            "科目|编码|名称|预算数|小计|支出内容|资金来源|功能分类|经济分类|转移支付|教育收费|结转结余|支出预算|支出合计"
                    + "|财政拨款|一般公共|政府性基|国有资本|基本建设|补助|利息|工资福利|商品服务|商品和服务|其他支出|财政专户|资本性|对个人|对企业");

    private PageFurniture() {
    }

    /**
     * The unit a line declares.
     *
     * @param line the line
     * @return 元 or 万元, or empty when the line declares none
     */
    public static Optional<MoneyUnit> unit(TextLine line) {
        Matcher m = UNIT.matcher(line.text().replace(" ", ""));
        return m.find() ? Optional.of(MoneyUnit.parse(m.group(1))) : Optional.empty();
    }

    /**
     * Whether a line is a page header: who compiled the table and/or the unit.
     *
     * @param line the line
     * @return true for {@code 编制部门：…}, {@code 单位：万元} and the two together
     */
    public static boolean isPageHeader(TextLine line) {
        String folded = line.folded();
        return COMPILER.matcher(folded).find() || unit(line).isPresent() && folded.length() <= 12;
    }

    /**
     * Whether a line is a page number alone.
     *
     * @param line the line
     * @return true for a page number
     */
    public static boolean isPageNumber(TextLine line) {
        return PAGE_NUMBER.matcher(line.text()).matches();
    }

    /**
     * Whether a line is (part of) a column header: the numbering row, or cells that are all header words, with no
     * amount in them.
     *
     * @param line the line
     * @return true for a column header line
     */
    public static boolean isColumnHeader(TextLine line) {
        boolean numbering = true;
        boolean words = true;
        int nonBlank = 0;
        java.util.List<String> cells = line.tabbed() ? line.cells() : java.util.List.of(line.text().split(" +"));
        for (String cell : cells) {
            String c = LineNormalizer.fold(cell);
            if (c.isEmpty()) {
                continue;
            }
            nonBlank++;
            if (!NUMBERING_CELL.matcher(c).matches()) {
                numbering = false;
            }
            if (Amounts.isDecimal(c)) {
                return false;
            }
            if (!HEADER_WORDS.contains(c) && !HEADER_FRAGMENT.matcher(c).find()
                    && !(c.length() <= 12 && (c.endsWith("指标") || c.endsWith("经费")))) {
                words = false;
            }
        }
        return nonBlank > 0 && (numbering && line.text().contains("※") || numbering && nonBlank >= 3 || words);
    }
}
