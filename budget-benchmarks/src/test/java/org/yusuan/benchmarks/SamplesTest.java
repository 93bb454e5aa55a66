package org.yusuan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableSection;

class SamplesTest {

    @Test
    void largeDisclosureHasEveryTableFilledWithHundredsOfRows() {
        BudgetDisclosure large = Samples.large();

        for (TableKind kind : TableKind.values()) {
            BudgetTable table = large.table(kind).orElseThrow(() -> new AssertionError(kind + " missing"));
            assertFalse(table.isDeclaredEmpty(), kind + " declared empty");
            int rows = table.sections().stream().mapToInt(s -> s.getRows().size()).sum();
            assertTrue(rows >= 100, kind + " has only " + rows + " rows");
        }
    }

    @Test
    void largeDisclosureRepeatsTheTypicalRowsAndMultipliesTheTotals() {
        BudgetDisclosure typical = Samples.typical();
        BudgetDisclosure large = Samples.large();

        var typicalTable = typical.getExpenditureSummary().orElseThrow();
        var largeTable = large.getExpenditureSummary().orElseThrow();
        assertEquals(typicalTable.getRows().size() * Samples.LARGE_FACTOR, largeTable.getRows().size());
        BigDecimal typicalTotal = typicalTable.getTotals().orElseThrow().amountOrZero(ExpenditureColumn.TOTAL);
        BigDecimal largeTotal = largeTable.getTotals().orElseThrow().amountOrZero(ExpenditureColumn.TOTAL);
        assertEquals(0, typicalTotal.multiply(BigDecimal.valueOf(Samples.LARGE_FACTOR)).compareTo(largeTotal));
        assertEquals(typical.getProjectPerformanceTargets().size() * Samples.LARGE_FACTOR,
                large.getProjectPerformanceTargets().size());
    }

    @Test
    void samplesAreTheSameEveryTime() {
        assertEquals(Samples.large(), Samples.large());
        assertEquals(Samples.typical(), Samples.of("typical"));
    }

    @Test
    void sectionsOfTheLargeDisclosureKeepTheirTotalsRows() {
        BudgetDisclosure large = Samples.large();
        for (BudgetTable table : large.tables()) {
            for (TableSection<?> section : table.sections()) {
                assertTrue(section.getTotals().isPresent() || table.getKind() == TableKind.REVENUE_EXPENDITURE_SUMMARY
                        || table.getKind() == TableKind.FISCAL_APPROPRIATION_SUMMARY, table.getKind() + " no totals");
            }
        }
    }
}
