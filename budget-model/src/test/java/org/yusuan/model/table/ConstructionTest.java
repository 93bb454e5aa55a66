package org.yusuan.model.table;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.MoneyUnit;

/** Construction refuses only what a table cannot represent, and says what was wrong. */
class ConstructionTest {

    @Test
    void refusesATableWithoutAUnit() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> GeneralBudgetBasicExpenditure.builder().build());
        assertTrue(thrown.getMessage().contains("unit"), thrown.getMessage());
    }

    @Test
    void refusesNullPartsNamingThem() {
        assertAll(
                () -> assertMessage(NullPointerException.class, "unit",
                        () -> ExpenditureSummary.builder().unit(null)),
                () -> assertMessage(NullPointerException.class, "rows element",
                        () -> ExpenditureSummary.builder().addRows((ExpenditureRow) null)),
                () -> assertMessage(NullPointerException.class, "amounts key",
                        () -> ExpenditureRow.builder().putAmounts(null, BigDecimal.ONE)),
                () -> assertMessage(NullPointerException.class, "amounts value for key: TOTAL",
                        () -> ExpenditureRow.builder().putAmounts(ExpenditureColumn.TOTAL, null)),
                () -> assertMessage(NullPointerException.class, "rowKind",
                        () -> ProjectExpenditureRow.builder().rowKind(null)),
                () -> assertMessage(IllegalStateException.class, "rowKind",
                        () -> ProjectExpenditureRow.builder().build()));
    }

    @Test
    void readsANullOptionalPartAsAbsent() {
        ExpenditureRow row = ExpenditureRow.builder().name((String) null).code((FunctionalCode) null).build();
        assertEquals(java.util.Optional.empty(), row.getName());
        assertEquals(java.util.Optional.empty(), row.getCode());
    }

    @Test
    void refusesASecondValueForTheSameAttribute() {
        assertMessage(IllegalStateException.class, "unit",
                () -> ExpenditureSummary.builder().unit(MoneyUnit.YUAN).unit(MoneyUnit.TEN_THOUSAND_YUAN));
    }

    @Test
    void refusesACodeBelowTheCategoryOnTheLinesOfTables1And4() {
        IllegalArgumentException table1 = assertThrows(IllegalArgumentException.class,
                () -> SummaryExpenditureLine.builder().code(FunctionalCode.parse("20103")).build());
        assertEquals("an expenditure line of 表1 收支总体情况表 is by functional 类 (3 digits), but its code 20103 is a 款",
                table1.getMessage());
        IllegalArgumentException table4 = assertThrows(IllegalArgumentException.class,
                () -> FiscalExpenditureLine.builder().code(FunctionalCode.parse("2010301")).build());
        assertTrue(table4.getMessage().contains("2010301 is a 项"), table4.getMessage());
    }

    @Test
    void acceptsACategoryLineAndALineWithoutCode() {
        assertEquals("201", SummaryExpenditureLine.builder().code(FunctionalCode.parse("201")).build()
                .getCode().orElseThrow().digits());
        assertTrue(FiscalExpenditureLine.builder().name("合计").build().getCode().isEmpty());
    }

    private static void assertMessage(Class<? extends RuntimeException> type, String part, Runnable action) {
        RuntimeException thrown = assertThrows(type, action::run);
        assertTrue(thrown.getMessage() != null && thrown.getMessage().contains(part),
                () -> "message \"" + thrown.getMessage() + "\" does not name " + part);
    }
}
