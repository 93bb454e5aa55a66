package org.yusuan.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.TableKind;

/** {@code @ForAll BudgetDisclosure} works without a {@code @Provide} method and gives consistent disclosures. */
class ForAllBudgetDisclosureTest {

    @Property(tries = 200)
    void aPlainForAllParameterGetsAConsistentDisclosure(@ForAll BudgetDisclosure disclosure) {
        assertEquals(2024, disclosure.getFiscalYear());
        assertEquals(TableKind.values().length, disclosure.tables().size(), "valid() prints all eleven tables");
        var t1 = disclosure.getRevenueExpenditureSummary().orElseThrow();
        BigDecimal income = t1.getIncomeTotal().orElseThrow().amountOrZero(SummaryColumn.BUDGET);
        BigDecimal spending = t1.getExpenditureTotal().orElseThrow().amountOrZero(SummaryColumn.BUDGET);
        assertEquals(0, income.compareTo(spending), "表1 收入总计 = 支出总计");
        assertTrue(income.signum() > 0);
    }
}
