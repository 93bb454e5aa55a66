package org.yusuan.io.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.TableKind;

/** Line normalisation, cell splitting, amounts, table headings and page furniture, each on the spellings seen. */
class LineAndCellTest {

    @Test
    void markupResidueIsRemovedAndNamesKeepTheirFullWidthBrackets() {
        assertEquals("单位支出总体情况表", LineNormalizer.normalize("### 单位支出总体情况表"));
        assertEquals("收 入 总 计\t1307.84", LineNormalizer.normalize("<b>收 入 总 计</b>\t1307.84"));
        assertEquals("十一、关于", LineNormalizer.normalize("## **十一、关于**"));
        assertEquals(">=95%", LineNormalizer.normalize("$\\geq 95\\%$"));
        assertEquals(">=98%", LineNormalizer.normalize("＞=９８％"));
        assertEquals("政府办公厅（室）", LineNormalizer.normalize("政府办公厅（室）"));
        assertEquals("编制单位： 库尔勒 单位： 万元", LineNormalizer.normalize("编制单位： 库尔勒\u00A0单位：\u3000万元"));
        assertEquals("", LineNormalizer.normalize("-------\t-------\t---"));
    }

    @Test
    void tabsKeepBlankCellsAndRunsOfSpacesSplitCells() {
        TextLine tabbed = CellSplitter.line(7, "201\t03\t\t政府办公厅（室）及相关机构事务\t839.02\t\t");
        assertTrue(tabbed.tabbed());
        assertEquals(List.of("201", "03", "", "政府办公厅（室）及相关机构事务", "839.02", "", ""), tabbed.cells());
        TextLine spaced = CellSplitter.line(8, "201   03   行政运行   739.02  739.02");
        assertFalse(spaced.tabbed());
        assertEquals(List.of("201", "03", "行政运行", "739.02", "739.02"), spaced.cells());
        assertEquals(3, CellSplitter.lines("a\r\nb\nc").size());
    }

    @Test
    void amountsDropThousandsSeparatorsAndKeepThePrintedScale() {
        assertEquals(new BigDecimal("1491.86"), Amounts.of("1,491.86"));
        assertEquals(new BigDecimal("7.8"), Amounts.of("7.8"));
        assertEquals(new BigDecimal("0.00"), Amounts.of("0.00"));
        assertEquals(new BigDecimal("300000"), Amounts.of("300000"));
        assertEquals(Optional.empty(), Amounts.parse("1."));
        assertTrue(Amounts.isDecimal("1,000"));
        assertFalse(Amounts.isDecimal("201"));
    }

    @Test
    void tableHeadingsAreRecognisedInEverySpellingButNotInTheTableOfContents() {
        assertEquals(Optional.of(TableKind.REVENUE_EXPENDITURE_SUMMARY), heading("表 1"));
        assertEquals(Optional.of(TableKind.GENERAL_BUDGET_PROJECT_EXPENDITURE), heading("表7"));
        assertEquals(Optional.of(TableKind.EXPENDITURE_SUMMARY), heading("表 3:"));
        assertEquals(Optional.of(TableKind.EXPENDITURE_SUMMARY), heading("### 单位支出总体情况表"));
        assertEquals(Optional.of(TableKind.REVENUE_SUMMARY), heading("部门收入总体情况表"));
        assertEquals(Optional.of(TableKind.THREE_PUBLIC_EXPENSES), heading("表 10 财政拨款“三公”经费支出情况表"));
        assertEquals(Optional.empty(), heading("- 一、部门收支总体情况表"));
        assertEquals(Optional.empty(), heading("第二部分 2024 年部门预算公开表"));
    }

    @Test
    void pageFurnitureIsRecognised() {
        assertEquals(Optional.of(MoneyUnit.TEN_THOUSAND_YUAN), PageFurniture.unit(CellSplitter.line(1, "单位： 万元")));
        assertEquals(Optional.of(MoneyUnit.YUAN), PageFurniture.unit(CellSplitter.line(1, "单位：元")));
        assertEquals(Optional.empty(), PageFurniture.unit(CellSplitter.line(1, "编制单位：库尔勒市人民政府办公室")));
        assertTrue(PageFurniture.isPageHeader(CellSplitter.line(1, "编制部门：库尔勒市人民政府办公室    单位：万元")));
        assertTrue(PageFurniture.isPageNumber(CellSplitter.line(1, "- 12 -")));
        assertTrue(PageFurniture.isPageNumber(CellSplitter.line(1, "第 3 页")));
        assertTrue(PageFurniture.isColumnHeader(CellSplitter.line(1, "※\t※\t※\t※\t1\t2\t3")));
        assertTrue(PageFurniture.isColumnHeader(CellSplitter.line(1, "类\t款\t项\t\t\t\t")));
        assertFalse(PageFurniture.isColumnHeader(CellSplitter.line(1, "合计\t2.40\t2.40\t\t")));
    }

    private static Optional<TableKind> heading(String line) {
        return TableHeading.of(CellSplitter.line(1, line)).flatMap(TableHeading.Found::table);
    }
}
