package org.yusuan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.TableSection;
import org.yusuan.testkit.Fixtures;

/**
 * The importer is general, not tuned to one file: variants of the first fixture built here (cells separated by runs
 * of spaces, page breaks inserted mid-table, tables reordered, units changed to 元, codes printed whole or split
 * without leading zeros, markdown and HTML residue) import to the same tables as the hand-built model, amounts
 * converted exactly where the unit changed.
 */
class LayoutVariantsTest {

    private static final String TEXT = Fixtures.text(Fixtures.KORLA_CITY_GOV_OFFICE);
    private static final BudgetDisclosure EXPECTED = Fixtures.korlaCityGovOffice();
    private static final Pattern DECIMAL_CELL = Pattern.compile("(?<=^|\\t)(\\d{1,3}(,\\d{3})*|\\d+)\\.\\d{2}(?=\\t|$)");

    enum Variant {
        SPACE_SEPARATED(LayoutVariantsTest::spaceSeparated),
        PAGE_BREAKS_MID_TABLE(LayoutVariantsTest::pageBreaks),
        TABLES_REORDERED(LayoutVariantsTest::reordered),
        CODES_WHOLE(t -> inTables(t, l -> l.replaceFirst("^(\\d{3})\\t(\\d{2})\\t(\\d{2})\\t", "$1$2$3\t\t\t")
                .replaceFirst("^(2\\d{2})\\t(\\d{2})\\t\\t", "$1$2\t\t\t")
                .replaceFirst("^(3\\d{2})\\t(\\d{2})\\t", "$1$2\t\t"))),
        CODES_SPLIT_WITHOUT_ZEROS(t -> inTables(t, l -> l.replaceFirst("^(\\d{3})\\t0?(\\d{1,2})\\t0?(\\d{1,2})\\t",
                "$1\t$2\t$3\t").replaceFirst("^(\\d{3})\\t0(\\d)\\t", "$1\t$2\t"))),
        CODES_IN_ONE_CELL(t -> inTables(t, l -> l.replaceFirst("^(2\\d{2})\\t(\\d{2})\\t(\\d{2})\\t",
                "$1 $2 $3\t\t\t"))),
        MARKUP_RESIDUE(LayoutVariantsTest::markup),
        NAMES_WRAPPED_ONTO_THE_NEXT_LINE(t -> inTables(t, l -> l.replaceFirst(
                "^(\\d{3}\\t\\d{2}\\t\\d{2}\\t)(机关事业单位基本养)(老保险缴费支出)(\\t.*)$", "$1$2$4\n$3")));

        final UnaryOperator<String> make;

        Variant(UnaryOperator<String> make) {
            this.make = make;
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void variantImportsToTheSameTables(Variant variant) {
        ImportResult result = DisclosureTextImporter.standard().importText(variant.make.apply(TEXT), variant.name());
        for (TableKind kind : TableKind.values()) {
            assertEquals(EXPECTED.table(kind), result.disclosure().table(kind),
                    () -> variant + " " + kind + "\n" + result.report().summary());
        }
        assertEquals(List.of(), result.report().unreadLines(), result.report().summary());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {Fixtures.KORLA_ETDZ_PARTY_GOV_OFFICE,
            Fixtures.KORLA_ETDZ_SOCIAL_AFFAIRS_CENTER})
    void theOtherFixturesKeepTheirTablesThroughPageBreaksMarkupAndReversedOrder(String fixture) {
        String text = Fixtures.text(fixture);
        BudgetDisclosure original = DisclosureTextImporter.standard().importText(text, fixture).disclosure();
        for (UnaryOperator<String> variant : List.<UnaryOperator<String>>of(LayoutVariantsTest::pageBreaks,
                LayoutVariantsTest::markup, LayoutVariantsTest::reversedTables)) {
            ImportResult result = DisclosureTextImporter.standard().importText(variant.apply(text), fixture);
            for (TableKind kind : TableKind.values()) {
                assertEquals(original.table(kind), result.disclosure().table(kind),
                        () -> fixture + " " + kind + "\n" + result.report().summary());
            }
        }
    }

    @Test
    void singleSpacesBetweenCellsStillGiveEveryTableButTheProjectNamesOf表7() {
        String single = inTables(TEXT, l -> l.replaceAll("\t+", " ").strip());
        ImportResult result = DisclosureTextImporter.standard().importText(single, "single-space");
        for (TableKind kind : TableKind.values()) {
            if (kind != TableKind.GENERAL_BUDGET_PROJECT_EXPENDITURE) {
                assertEquals(EXPECTED.table(kind), result.disclosure().table(kind),
                        () -> kind + "\n" + result.report().summary());
            }
        }
        assertEquals(List.of(), result.report().unreadLines(), result.report().summary());
    }

    @Test
    void unitChangedToYuanImportsTheSameAmountsTimesTenThousand() {
        String yuan = inTables(TEXT, l -> {
            if (l.startsWith("单位：万元")) {
                return "单位：元";
            }
            Matcher m = DECIMAL_CELL.matcher(l);
            return m.replaceAll(r -> new BigDecimal(r.group().replace(",", "")).movePointRight(4).toPlainString());
        });
        ImportResult result = DisclosureTextImporter.standard().importText(yuan, "yuan");
        for (TableKind kind : TableKind.values()) {
            BudgetTable expected = EXPECTED.table(kind).orElseThrow();
            BudgetTable actual = result.disclosure().table(kind).orElseThrow();
            assertEquals(MoneyUnit.YUAN, actual.getUnit(), kind.toString());
            assertEquals(Optional.of(MoneyUnit.YUAN), result.report().table(kind).unit());
            List<TableSection<?>> e = expected.sections();
            List<TableSection<?>> a = actual.sections();
            assertEquals(e.size(), a.size());
            for (int s = 0; s < e.size(); s++) {
                assertEquals(e.get(s).getRows().size(), a.get(s).getRows().size(), kind.toString());
                for (int r = 0; r < e.get(s).getRows().size(); r++) {
                    assertSameInYuan(e.get(s).getRows().get(r), a.get(s).getRows().get(r), kind);
                }
                assertEquals(e.get(s).getTotals().isPresent(), a.get(s).getTotals().isPresent());
                if (e.get(s).getTotals().isPresent()) {
                    assertSameInYuan(e.get(s).getTotals().get(), a.get(s).getTotals().get(), kind);
                }
            }
        }
    }

    private static void assertSameInYuan(TableRow<?> expected, TableRow<?> actual, TableKind kind) {
        assertEquals(expected.getName(), actual.getName(), kind.toString());
        assertEquals(expected.getAmounts().keySet(), actual.getAmounts().keySet(), kind + " " + expected.getName());
        for (Map.Entry<?, BigDecimal> cell : expected.getAmounts().entrySet()) {
            BigDecimal inYuan = MoneyUnit.TEN_THOUSAND_YUAN.convert(cell.getValue(), MoneyUnit.YUAN);
            assertEquals(0, inYuan.compareTo(actual.getAmounts().get(cell.getKey())),
                    () -> kind + " " + expected.getName() + " " + cell.getKey());
        }
    }

    // ---- the variants

    /** Applies a change to the lines between the first table heading and 第三部分. */
    static String inTables(String text, UnaryOperator<String> change) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        boolean in = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.equals("表 1")) {
                in = true;
            } else if (l.startsWith("第三部分")) {
                in = false;
            }
            if (in) {
                lines.set(i, change.apply(l));
            }
        }
        return String.join("\n", lines);
    }

    static String spaceSeparated(String text) {
        return inTables(text, l -> l.replace("\t", "   "));
    }

    static String markup(String text) {
        return inTables(text, l -> {
            if (l.matches("表 \\d+")) {
                return "**" + l + "**";
            }
            if (l.endsWith("情况表") && !l.contains("\t")) {
                return "### " + l;
            }
            if (l.startsWith("单位：")) {
                return "单位：\u00A0万元";
            }
            return l.replace("\t总计\t", "\t<b>总计</b>\t").replace("合计\t", "<b>合计</b>\t");
        });
    }

    /** After every 6th data row of each table: a page number, the page header and the table's column header. */
    static String pageBreaks(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<String> out = new ArrayList<>();
        List<String> header = new ArrayList<>();
        boolean inTables = false;
        boolean collecting = false;
        int dataRows = 0;
        int page = 7;
        for (String l : lines) {
            if (l.equals("表 1")) {
                inTables = true;
            } else if (l.startsWith("第三部分")) {
                inTables = false;
            }
            out.add(l);
            if (!inTables) {
                continue;
            }
            if (l.matches("表 \\d+")) {
                header = new ArrayList<>();
                collecting = false;
                dataRows = 0;
            } else if (l.startsWith("单位：")) {
                collecting = true;
            } else if (collecting && !l.isBlank()) {
                if (DECIMAL_CELL.matcher(l).find() || l.matches("^\\d{3}\\t.*")) {
                    collecting = false;
                } else {
                    header.add(l);
                }
            }
            if (!collecting && !header.isEmpty() && (DECIMAL_CELL.matcher(l).find() || l.matches("^\\d{3}\\t.*"))) {
                dataRows++;
                if (dataRows % 6 == 0) {
                    out.add("");
                    out.add("- " + page++ + " -");
                    out.add("");
                    out.add("编制部门：库尔勒市人民政府办公室\u00A0\u00A0\u00A0\u00A0单位：万元");
                    out.add("");
                    out.addAll(header);
                }
            }
        }
        return String.join("\n", out);
    }

    /** The table blocks in reverse order. */
    static String reversedTables(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int first = lines.indexOf("表 1");
        int partThree = first;
        while (!lines.get(partThree).replaceFirst("^#+\\s*", "").startsWith("第三部分")) {
            partThree++;
        }
        List<Integer> headings = new ArrayList<>();
        for (int i = first; i < partThree; i++) {
            if (lines.get(i).matches("表\\s*\\d+[:：]?")) {
                headings.add(i);
            }
        }
        headings.add(partThree);
        List<String> out = new ArrayList<>(lines.subList(0, first));
        for (int b = headings.size() - 2; b >= 0; b--) {
            out.addAll(lines.subList(headings.get(b), headings.get(b + 1)));
        }
        out.addAll(lines.subList(partThree, lines.size()));
        return String.join("\n", out);
    }

    /** 表3 moved after 表6, 表10 before 表8. */
    static String reordered(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int first = lines.indexOf("表 1");
        int partThree = first;
        while (!lines.get(partThree).startsWith("第三部分")) {
            partThree++;
        }
        List<Integer> headings = new ArrayList<>();
        for (int i = first; i < partThree; i++) {
            if (lines.get(i).matches("表 \\d+")) {
                headings.add(i);
            }
        }
        headings.add(partThree);
        List<List<String>> blocks = new ArrayList<>();
        for (int b = 0; b + 1 < headings.size(); b++) {
            blocks.add(lines.subList(headings.get(b), headings.get(b + 1)));
        }
        List<List<String>> order = new ArrayList<>(blocks);
        List<String> t3 = order.remove(2);
        order.add(5, t3);
        List<String> t10 = order.remove(9);
        order.add(7, t10);
        List<String> out = new ArrayList<>(lines.subList(0, headings.get(0)));
        order.forEach(out::addAll);
        out.addAll(lines.subList(partThree, lines.size()));
        assertTrue(out.size() == lines.size());
        return out.stream().collect(Collectors.joining("\n"));
    }
}
