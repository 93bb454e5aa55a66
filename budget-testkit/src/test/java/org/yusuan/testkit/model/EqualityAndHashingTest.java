package org.yusuan.testkit.model;

import org.yusuan.model.*;
import org.yusuan.model.matters.*;
import org.yusuan.model.performance.*;
import org.yusuan.model.table.*;
import org.yusuan.testkit.internal.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.testkit.internal.KorlaCityGovOfficeFixture;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;
import org.yusuan.model.table.ImmutableBasicExpenditureRow;
import org.yusuan.model.table.ImmutableGeneralBudgetBasicExpenditure;

/** Values are equal when built alike, down to the cent and to which cells were printed. */
class EqualityAndHashingTest {

    @Test
    void twoDisclosuresBuiltAlikeAreEqualWithEqualHashes() {
        BudgetDisclosure one = KorlaCityGovOfficeFixture.disclosure();
        BudgetDisclosure other = KorlaCityGovOfficeFixture.disclosure();
        assertNotSame(one, other);
        assertEquals(one, other);
        assertEquals(one.hashCode(), other.hashCode());
    }

    @Test
    void oneCentInOneCellOfOneTableMakesDisclosuresUnequal() {
        BudgetDisclosure original = KorlaCityGovOfficeFixture.disclosure();
        GeneralBudgetBasicExpenditure table6 = original.getGeneralBudgetBasicExpenditure().orElseThrow();
        List<BasicExpenditureRow> rows = new ArrayList<>(table6.getRows());
        rows.set(15, ImmutableBasicExpenditureRow.copyOf(rows.get(15))
                .withAmounts(KorlaCityGovOfficeFixture.cells(
                        BasicExpenditureColumn.class, "0.11", null, "0.10")));
        BudgetDisclosure changed = ImmutableBudgetDisclosure.copyOf(original)
                .withGeneralBudgetBasicExpenditure(
                        ImmutableGeneralBudgetBasicExpenditure.copyOf(table6).withRows(rows));

        assertNotEquals(original, changed);
        assertNotEquals(original.getGeneralBudgetBasicExpenditure(), changed.getGeneralBudgetBasicExpenditure());
        assertEquals(original.getRevenueSummary(), changed.getRevenueSummary());
    }

    @Test
    void oneCentMakesRowsUnequal() {
        assertNotEquals(row("739.02"), row("739.03"));
        assertEquals(row("739.02"), row("739.02"));
        assertEquals(row("739.02").hashCode(), row("739.02").hashCode());
    }

    @Test
    void aBlankCellAndAPrintedZeroAreDifferentFactsButTheSameForArithmetic() {
        ExpenditureRow blank = ExpenditureRow.builder().code(FunctionalCode.parse("2010301")).name("行政运行")
                .putAmounts(ExpenditureColumn.TOTAL, new BigDecimal("739.02"))
                .build();
        ExpenditureRow zero = ExpenditureRow.builder().code(FunctionalCode.parse("2010301")).name("行政运行")
                .putAmounts(ExpenditureColumn.TOTAL, new BigDecimal("739.02"))
                .putAmounts(ExpenditureColumn.PROJECT, new BigDecimal("0.00"))
                .build();
        assertNotEquals(blank, zero);
        assertEquals(Optional.empty(), blank.getProject());
        assertEquals(Optional.of(new BigDecimal("0.00")), zero.getProject());
        assertEquals(0, blank.amountOrZero(ExpenditureColumn.PROJECT)
                .compareTo(zero.amountOrZero(ExpenditureColumn.PROJECT)));
    }

    @Test
    void amountsKeepTheirPrintedScaleSoSevenPointEightAndSevenPointEightyDiffer() {
        // As printed: 表3 of one fixture prints 7.8 where 表6 of another prints 7.80. Compare with compareTo.
        assertNotEquals(row("7.8"), row("7.80"));
        assertEquals(0, row("7.8").amountOrZero(ExpenditureColumn.TOTAL)
                .compareTo(row("7.80").amountOrZero(ExpenditureColumn.TOTAL)));
    }

    @Test
    void cellOrderGivenToTheBuilderDoesNotMatter() {
        ExpenditureRow totalFirst = ExpenditureRow.builder()
                .putAmounts(ExpenditureColumn.TOTAL, BigDecimal.ONE).putAmounts(ExpenditureColumn.BASIC, BigDecimal.ONE)
                .build();
        ExpenditureRow basicFirst = ExpenditureRow.builder()
                .putAmounts(ExpenditureColumn.BASIC, BigDecimal.ONE).putAmounts(ExpenditureColumn.TOTAL, BigDecimal.ONE)
                .build();
        assertEquals(totalFirst, basicFirst);
        assertEquals(totalFirst.hashCode(), basicFirst.hashCode());
        assertEquals(List.of(ExpenditureColumn.TOTAL, ExpenditureColumn.BASIC),
                List.copyOf(basicFirst.getAmounts().keySet()));
    }

    private static ExpenditureRow row(String total) {
        return ExpenditureRow.builder()
                .code(FunctionalCode.parse("2010301"))
                .name("行政运行")
                .putAmounts(ExpenditureColumn.TOTAL, new BigDecimal(total))
                .build();
    }
}
