package org.yusuan.model.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.model.EntityKind;

/** The eleven tables have the numbers, labels and types of the national template. */
class TableKindTest {

    @Test
    void numbersTheElevenTablesInTemplateOrder() {
        assertEquals(IntStream.rangeClosed(1, 11).boxed().toList(),
                java.util.Arrays.stream(TableKind.values()).map(TableKind::number).toList());
        for (TableKind kind : TableKind.values()) {
            assertEquals(kind, TableKind.ofNumber(kind.number()));
        }
        assertThrows(IllegalArgumentException.class, () -> TableKind.ofNumber(12));
    }

    @Test
    void labelsAreTheOfficialChineseNames() {
        assertEquals("一般公共预算基本支出情况表", TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE.label());
        assertEquals("General public budget basic expenditure",
                TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE.englishName());
        assertEquals("财政拨款“三公”经费支出情况表", TableKind.THREE_PUBLIC_EXPENSES.label());
        assertEquals(GeneralBudgetBasicExpenditure.class, TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE.tableType());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "部门收支总体情况表|REVENUE_EXPENDITURE_SUMMARY",
        "单位收入总体情况表|REVENUE_SUMMARY",
        "单位支出总体情况表|EXPENDITURE_SUMMARY",
        "财政拨款收支预算总体情况表|FISCAL_APPROPRIATION_SUMMARY",
        "一般公共预算支出情况表|GENERAL_BUDGET_EXPENDITURE",
        "一 般 公 共 预 算 项 目 支 出 情 况 表|GENERAL_BUDGET_PROJECT_EXPENDITURE",
        "财政拨款\"三公\"经费支出情况表|THREE_PUBLIC_EXPENSES",
        "上年结转结余情况明细表|CARRYOVER_DETAIL",
    })
    void readsPrintedTitles(String printed, TableKind expected) {
        assertEquals(expected, TableKind.ofLabel(printed));
    }

    @Test
    void refusesATitleOfNoTable() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> TableKind.ofLabel("部门整体绩效目标表"));
        assertTrue(thrown.getMessage().contains("部门整体绩效目标表"));
    }

    @Test
    void prefixesOnlyTheFirstThreeTitlesWithTheEntityKind() {
        assertEquals("部门收支总体情况表", EntityKind.DEPARTMENT.tableTitle(TableKind.REVENUE_EXPENDITURE_SUMMARY));
        assertEquals("单位支出总体情况表", EntityKind.UNIT.tableTitle(TableKind.EXPENDITURE_SUMMARY));
        assertEquals("一般公共预算支出情况表", EntityKind.UNIT.tableTitle(TableKind.GENERAL_BUDGET_EXPENDITURE));
        assertEquals("单位预算公开", EntityKind.UNIT.disclosureLabel());
        assertTrue(TableKind.REVENUE_SUMMARY.isTitledByEntity());
        assertFalse(TableKind.FISCAL_APPROPRIATION_SUMMARY.isTitledByEntity());
    }
}
