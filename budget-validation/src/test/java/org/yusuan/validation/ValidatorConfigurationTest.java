package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yusuan.testkit.internal.KorlaCityGovOfficeFixture.totals;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ImmutableExpenditureSummary;
import org.yusuan.testkit.Fixtures;

/** The builder's settings: rules on and off, severities, tolerance, rounding; one validator, many threads. */
class ValidatorConfigurationTest {

    /** 表3 总计 off by 0.02 against its two 类 rows: rounding allows 0.01. */
    private static BudgetDisclosure offByTwoCents() {
        BudgetDisclosure d = Sample.disclosure();
        return ImmutableBudgetDisclosure.copyOf(d).withExpenditureSummary(ImmutableExpenditureSummary
                .copyOf(d.getExpenditureSummary().orElseThrow())
                .withTotals(totals("总计", ExpenditureColumn.class, "170.02", "120.00", "50.00")));
    }

    @Test
    void toleranceDecidesWhatRoundingExplains() {
        ValidationReport standard = DisclosureValidator.builder().only(Rules.TABLE_TOTAL).build()
                .validate(offByTwoCents());
        assertEquals(Severity.ERROR, standard.findings().get(0).severity());
        ValidationReport generous = DisclosureValidator.builder().only(Rules.TABLE_TOTAL)
                .tolerance(new BigDecimal("0.01")).build().validate(offByTwoCents());
        assertEquals(Severity.INFO, generous.findings().get(0).severity());
        assertTrue(generous.findings().get(0).rounding());
        assertEquals(List.of(), DisclosureValidator.builder().only(Rules.TABLE_TOTAL).tolerance(new BigDecimal("0.01"))
                .reportRounding(false).build().validate(offByTwoCents()).findings());
    }

    @Test
    void severitiesCanBeOverriddenButRoundingStaysInfo() {
        ValidationReport report = DisclosureValidator.builder().severity(Rules.TABLE_TOTAL, Severity.WARNING).build()
                .validate(offByTwoCents());
        assertEquals(List.of(Severity.WARNING), report.filter(f -> f.rule().equals(Rules.TABLE_TOTAL)).findings()
                .stream().map(Finding::severity).toList());
        ValidationReport fixture = DisclosureValidator.builder().severity(Rules.TABLE_TOTAL, Severity.ERROR).build()
                .validate(Fixtures.korlaCityGovOffice());
        assertTrue(fixture.filter(f -> f.rule().equals(Rules.TABLE_TOTAL)).findings().stream()
                .allMatch(f -> f.severity() == Severity.INFO && f.rounding()));
        ValidationReport family = DisclosureValidator.builder().severity(Rules.CROSS_TABLE, Severity.INFO).build()
                .validate(offByTwoCents());
        assertTrue(family.filter(f -> f.family().equals(Rules.CROSS_TABLE)).findings().stream()
                .allMatch(f -> f.severity() == Severity.INFO));
    }

    @Test
    void disabledRulesReportNothing() {
        ValidationReport report = DisclosureValidator.builder().disable(Rules.TABLE_TOTAL, Rules.ROW_SUM, Rules.CROSS_TABLE).build()
                .validate(offByTwoCents());
        assertEquals(List.of(), report.findings());
    }

    @Test
    void unknownRuleIdsAreRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DisclosureValidator.builder().disable("ROWSUM"));
        assertTrue(e.getMessage().contains("ROW_SUM"), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> DisclosureValidator.builder().tolerance(new BigDecimal("-1")));
        assertThrows(IllegalArgumentException.class, () -> DisclosureValidator.builder().expectedWeightTotals());
    }

    @Test
    void theStandardValidatorIsSharedAndThreadSafe() throws Exception {
        assertSame(DisclosureValidator.standard(), DisclosureValidator.standard());
        BudgetDisclosure fixture = Fixtures.korlaCityGovOffice();
        ValidationReport expected = DisclosureValidator.standard().validate(fixture);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationReport>> results = pool.invokeAll(java.util.Collections.nCopies(16,
                    () -> DisclosureValidator.standard().validate(fixture)));
            for (Future<ValidationReport> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
