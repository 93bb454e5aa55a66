package org.yusuan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.TargetComparator;
import org.yusuan.model.performance.TargetValue;
import org.yusuan.testkit.Fixtures;

/** Indicator rows of the performance sheets (绩效目标表) as real extractions print them. */
class PerformanceSheetImportTest {

    private static final String HEAD = String.join("\n",
            "十二、其他重要事项的情况说明",
            "项目支出绩效目标表",
            "预算单位\t\t某单位\t\t\t\t\t\t",
            "项目名称\t\t某项目\t\t\t项目负责人\t\t张三\t",
            "项目资金(万元)\t\t年度预算总额:\t10\t其中:财政拨款\t10\t其他资金:\t0\t",
            "项目总体目标\t\t完成某项目。\t\t\t\t\t\t",
            "一级指标\t二级指标\t三级指标\t指标值\t指标值设置依据\t上年完成值\t指标分值权重\t指标赋分规则\t佐证资料");

    private static List<PerformanceIndicator> indicators(String... rows) {
        String text = HEAD + "\n" + String.join("\n", rows) + "\n";
        return DisclosureTextImporter.standard().importText(text, "sheet.txt").disclosure()
                .getProjectPerformanceTargets().get(0).getIndicators();
    }

    @Test
    void theTargetKeepsItsPrintedSpellingAndIsStillRead() {
        List<PerformanceIndicator> read = indicators(
                "产出指标\t数量指标\t改造工程数\t≥ 2 个\t计划标准\t-\t6\t按照完成比例赋分\t工作资料",
                "\t质量指标\t项目设计变更率\t$\\leq 3\\%$\t计划标准\t-\t5\t按照完成比例赋分\t工作资料",
                "\t\t合格率\t<b>＞=95%</b>\t计划标准\t-\t5\t按照完成比例赋分\t工作资料");
        assertTarget(read.get(0).getTarget(), "≥ 2 个", TargetComparator.GREATER_OR_EQUAL, "2", "个");
        assertTarget(read.get(1).getTarget(), "$\\leq 3\\%$", TargetComparator.LESS_OR_EQUAL, "3", "%");
        // markup residue is no part of the printed target; full-width operators are
        assertTarget(read.get(2).getTarget(), "＞=95%", TargetComparator.GREATER_OR_EQUAL, "95", "%");
    }

    @Test
    void aRowWithItsNameInTheFirstColumnAndTheRestMovedLeftIsRealigned() {
        List<PerformanceIndicator> read = indicators(
                "产出指标\t时效指标\t改造项目开工及时率\t>=95%\t计划标准\t-\t6\t按照完成比例赋分\t工作资料",
                "改造项目完工及时率\t\t>=90%\t计划标准\t-\t5\t按照完成比例赋分\t工作资料\t",
                "成本指标\t经济成本指标\t阵地改造\t<=100万元\t预算支出标准\t-\t10\t按照完成比例赋分\t原始凭证");
        assertEquals(3, read.size());
        PerformanceIndicator moved = read.get(1);
        assertEquals("产出指标", moved.getFirstLevel().getName());
        assertEquals("时效指标", moved.getSecondLevel().getName());
        assertEquals("改造项目完工及时率", moved.getName());
        assertTarget(moved.getTarget(), ">=90%", TargetComparator.GREATER_OR_EQUAL, "90", "%");
        assertEquals(Optional.of("计划标准"), moved.getBasis());
        assertEquals(Optional.of("-"), moved.getPreviousYearValue());
        assertEquals(0, new BigDecimal("5").compareTo(moved.getWeight().orElseThrow()));
        assertEquals(Optional.of("按照完成比例赋分"), moved.getScoringRule());
        assertEquals(Optional.of("工作资料"), moved.getEvidence());
        assertEquals("成本指标", read.get(2).getFirstLevel().getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.KORLA_ETDZ_PARTY_GOV_OFFICE, Fixtures.KORLA_ETDZ_SOCIAL_AFFAIRS_CENTER})
    void theFixturesKeepTheirIndicatorsThroughPageNumbersAndMarkupInTheSheets(String fixture) {
        String text = Fixtures.text(fixture);
        ImportResult original = DisclosureTextImporter.standard().importText(text, fixture);
        List<String> out = new ArrayList<>();
        int rows = 0;
        for (String line : text.split("\n", -1)) {
            String[] cells = line.split("\t", -1);
            boolean indicatorRow = cells.length >= 6 && cells[3].matches("^(>=|<=|≥|≤|\\$).*");
            if (indicatorRow) {
                cells[3] = "**" + cells[3] + "**";
                out.add(String.join("\t", cells));
                if (++rows % 5 == 0) {
                    out.add("");
                    out.add("- " + (40 + rows) + " -");
                    out.add("");
                }
            } else {
                out.add(line);
            }
        }
        assertTrue(rows > 50, "rows changed: " + rows);
        ImportResult variant = DisclosureTextImporter.standard().importText(String.join("\n", out), fixture);
        BudgetDisclosure expected = original.disclosure();
        BudgetDisclosure actual = variant.disclosure();
        assertEquals(expected.getOverallPerformanceTargets(), actual.getOverallPerformanceTargets());
        assertEquals(expected.getProjectPerformanceTargets(), actual.getProjectPerformanceTargets());
        assertEquals(original.report().unreadLines().size(), variant.report().unreadLines().size(),
                variant.report().summary());
    }

    private static void assertTarget(TargetValue t, String text, TargetComparator comparator, String number,
            String unit) {
        assertEquals(text, t.getText());
        assertEquals(Optional.of(comparator), t.getComparator());
        assertEquals(Optional.of(new BigDecimal(number)), t.getNumber());
        assertEquals(Optional.of(unit), t.getUnit());
    }
}
