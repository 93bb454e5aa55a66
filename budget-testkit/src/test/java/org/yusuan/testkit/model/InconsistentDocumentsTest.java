package org.yusuan.testkit.model;

import org.yusuan.model.*;
import org.yusuan.model.matters.*;
import org.yusuan.model.performance.*;
import org.yusuan.model.table.*;
import org.yusuan.testkit.internal.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yusuan.testkit.internal.KorlaCityGovOfficeFixture.cells;
import static org.yusuan.testkit.internal.KorlaCityGovOfficeFixture.totals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.MoneyUnit;

/**
 * Real documents do not always add up, and the model must hold them as printed so that the validator can report
 * them: none of these is refused by construction. The cases come from the three fixture disclosures.
 */
class InconsistentDocumentsTest {

    @Test
    void aTotalsRowThatDisagreesWithItsRowsIsKeptAsPrinted() {
        ExpenditureSummary table = ExpenditureSummary.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .addRows(row("2013950", "事业运行", "1493.45", "1493.45", null),
                        row("2013999", "其他社会工作事务支出", "241.97", null, "241.97"))
                // As 表5 of the social affairs centre prints it: 合计 1857.73, 基本支出 241.97 — shifted one column.
                .totals(totals("合 计", ExpenditureColumn.class, "1857.73", "241.97"))
                .build();

        BigDecimal sumOfRows = table.getRows().stream().map(r -> r.amountOrZero(ExpenditureColumn.TOTAL))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("1735.42"), sumOfRows);
        assertEquals(Optional.of(new BigDecimal("1857.73")),
                table.getTotals().orElseThrow().amount(ExpenditureColumn.TOTAL));
        assertEquals(Optional.of("合 计"), table.getTotals().orElseThrow().getName());
        assertEquals(Optional.empty(), table.getTotals().orElseThrow().amount(ExpenditureColumn.PROJECT));
    }

    @Test
    void aRowWhoseTotalIsNotTheSumOfItsPartsIsKept() {
        ExpenditureRow row = row("2010301", "行政运行", "739.02", "700.00", "100.00");
        assertNotEquals(0, row.amountOrZero(ExpenditureColumn.TOTAL).compareTo(
                row.amountOrZero(ExpenditureColumn.BASIC).add(row.amountOrZero(ExpenditureColumn.PROJECT))));
    }

    @Test
    void misplacedRowsKeepDocumentOrder() {
        // 表6 of the social affairs centre prints 30208 取暖费 before 30207 邮电费; 表3 of another prints 项 before 类.
        GeneralBudgetBasicExpenditure table = GeneralBudgetBasicExpenditure.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .addRows(basic("30208", "取暖费", "9.85"), basic("30207", "邮电费", "0.13"))
                .build();
        ExpenditureSummary inverted = ExpenditureSummary.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .addRows(row("2010301", "行政运行", "939.99", "939.99", null), row("201", "一般公共服务支出", "939.99", null, null))
                .build();
        assertEquals(List.of("30208", "30207"),
                table.getRows().stream().map(r -> r.getCode().orElseThrow().digits()).toList());
        assertEquals("2010301", inverted.getRows().get(0).getCode().orElseThrow().digits());
    }

    @Test
    void aNameThatDiffersFromTheCatalogIsKeptAsPrinted() {
        // 表4 of the party and government office prints a truncated 类 name and a truncated income item.
        FiscalAppropriationSummary table = FiscalAppropriationSummary.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .addIncomeLines(FiscalIncomeLine.builder().item(FiscalIncomeItem.STATE_CAPITAL_OPERATION_BUDGET)
                        .name("国有资本经营预").build())
                .addExpenditureLines(FiscalExpenditureLine.builder().code(FunctionalCode.parse("207"))
                        .name("文化旅游体育与传媒支").build())
                .build();
        assertEquals(Optional.of("国有资本经营预"), table.getIncomeLines().get(0).getName());
        assertEquals(Optional.of("文化旅游体育与传媒支"), table.getExpenditureLines().get(0).getName());
    }

    @Test
    void anIncomeLabelThatIsNoStandardItemIsKeptWithoutAnItem() {
        SummaryIncomeLine line = SummaryIncomeLine.builder().name("2. 非财政拨款结余").build();
        assertEquals(Optional.empty(), line.getItem());
        assertEquals(Optional.of("2. 非财政拨款结余"), line.getName());
    }

    @Test
    void rowsPrintedWithAnUnreadableCodeAreKeptWithTheirNameOnly() {
        // 表2 of the social affairs centre prints 201 as "20" and shifts its columns.
        RevenueRow row = RevenueRow.builder().name("一般公共服务支出")
                .putAllAmounts(cells(RevenueColumn.class, "1735.42", "173.542")).build();
        assertEquals(Optional.empty(), row.getCode());
        assertEquals(Optional.empty(), row.classificationCode());
        assertEquals(Optional.of(new BigDecimal("173.542")), row.getFiscalSubtotal());
    }

    @Test
    void aTotalsRowWithBlankCellsBesideAFullOneIsRepresentable() {
        // 表4 of the social affairs centre prints 收 入 总 计 with no amount and 支 出 总 计 with one.
        FiscalAppropriationSummary table = FiscalAppropriationSummary.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .incomeTotal(totals("收 入 总 计", FiscalIncomeColumn.class))
                .expenditureTotal(totals("支 出 总 计", FiscalExpenditureColumn.class, "1863.61", "1857.73", null, "5.88"))
                .build();
        assertTrue(table.getIncomeTotal().orElseThrow().getAmounts().isEmpty());
        assertEquals(3, table.getExpenditureTotal().orElseThrow().getAmounts().size());
    }

    @Test
    void aTableDeclaredEmptyThatStillHasRowsIsRepresentable() {
        StateCapitalExpenditure table = StateCapitalExpenditure.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .emptyNote("本单位 2024 年无国有资本经营预算支出，本表为空表。")
                .addRows(FundExpenditureRow.builder().code(FunctionalCode.parse("2230105"))
                        .name("国有企业退休人员社会化管理补助支出")
                        .putAllAmounts(cells(FundExpenditureColumn.class, "5.88", null, null, "5.88")).build())
                .build();
        assertTrue(table.isDeclaredEmpty());
        assertEquals(1, table.getRows().size());
    }

    @Test
    void aProjectTableInYuanBesideTablesInTenThousandYuanStatesItsUnit() {
        // 表7 of the party and government office is printed in 元; its 表3 says 项目支出 256.25 万元.
        GeneralBudgetProjectExpenditure table7 = GeneralBudgetProjectExpenditure.builder()
                .unit(MoneyUnit.YUAN)
                .addRows(ProjectExpenditureRow.builder().rowKind(ProjectRowKind.PROJECT)
                        .code(FunctionalCode.ofColumns("201", "03", "99")).name("其他政府办公厅(室)及相关机构事务支出")
                        .projectName("大楼维修").putAllAmounts(cells(ProjectExpenditureColumn.class, "300000")).build())
                .totals(totals("合计", ProjectExpenditureColumn.class, "2562500"))
                .build();
        BigDecimal total = table7.getTotals().orElseThrow().amountOrZero(ProjectExpenditureColumn.TOTAL);
        assertEquals(MoneyUnit.YUAN, table7.getUnit());
        assertEquals(0, new BigDecimal("256.25")
                .compareTo(table7.getUnit().convert(total, MoneyUnit.TEN_THOUSAND_YUAN)));
    }

    private static ExpenditureRow row(String code, String name, String... printed) {
        return ExpenditureRow.builder().code(FunctionalCode.parse(code)).name(name)
                .putAllAmounts(cells(ExpenditureColumn.class, printed)).build();
    }

    private static BasicExpenditureRow basic(String code, String name, String printed) {
        return BasicExpenditureRow.builder().code(EconomicCode.parse(code)).name(name)
                .putAllAmounts(cells(BasicExpenditureColumn.class, printed, null, printed)).build();
    }
}
