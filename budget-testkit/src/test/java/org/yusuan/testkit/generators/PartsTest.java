package org.yusuan.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.table.ThreePublicExpenses;
import org.yusuan.testkit.Disclosures;

/** The per-part arbitraries of {@link Disclosures} keep the promises of their Javadoc. */
class PartsTest {

    @Property(tries = 200)
    void catalogCodesAreInTheCatalog(@ForAll("functional") FunctionalCode f, @ForAll("economic") EconomicCode e) {
        assertTrue(ClassificationCatalog.functional(2024).contains(f), f::toString);
        assertTrue(ClassificationCatalog.economic(2024).contains(e), e::toString);
    }

    @Provide
    Arbitrary<FunctionalCode> functional() {
        return Disclosures.functionalCode();
    }

    @Provide
    Arbitrary<EconomicCode> economic() {
        return Disclosures.economicCode();
    }

    @Provide
    Arbitrary<TableKind> kinds() {
        return Arbitraries.of(TableKind.class);
    }

    @Property(tries = 100)
    void aTableOfAKindIsOfThatKind(@ForAll("kinds") TableKind kind) {
        BudgetTable valid = Disclosures.validTable(kind).sample();
        BudgetTable any = Disclosures.anyTable(kind).sample();
        assertEquals(kind, valid.getKind());
        assertEquals(kind, any.getKind());
    }

    @Provide
    Arbitrary<ThreePublicExpenses> threePublic() {
        return Disclosures.validThreePublicExpenses();
    }

    @Property(tries = 100)
    void validRowsAreTheRowsOfAConsistentTable(@ForAll("kinds") TableKind kind) {
        var rows = Disclosures.validRows(kind).sample();
        rows.forEach(r -> r.getAmounts().values().forEach(a -> assertEquals(2, a.scale())));
        var any = Disclosures.anyRows(kind).sample();
        assertTrue(any.size() <= 10, "any() tables are small: " + any.size());
    }

    @Property(tries = 200)
    void threePublicExpensesAddUp(@ForAll("threePublic") ThreePublicExpenses t) {
        BigDecimal overseas = cell(t, ThreePublicExpenseItem.OVERSEAS_TRAVEL);
        BigDecimal reception = cell(t, ThreePublicExpenseItem.OFFICIAL_RECEPTION);
        BigDecimal vehicles = cell(t, ThreePublicExpenseItem.OFFICIAL_VEHICLES);
        assertEquals(0, vehicles.compareTo(cell(t, ThreePublicExpenseItem.VEHICLE_PURCHASE)
                .add(cell(t, ThreePublicExpenseItem.VEHICLE_OPERATION))));
        assertEquals(0, t.getTotals().orElseThrow().amountOrZero(ThreePublicExpenseColumn.TOTAL)
                .compareTo(overseas.add(reception).add(vehicles)));
    }

    private static BigDecimal cell(ThreePublicExpenses t, ThreePublicExpenseItem item) {
        return t.getRows().stream().filter(r -> r.getItem().orElse(null) == item).findFirst()
                .map(r -> r.amountOrZero(ThreePublicExpenseColumn.TOTAL)).orElse(BigDecimal.ZERO);
    }

    @Provide
    Arbitrary<OverallPerformanceTarget> overall() {
        return Disclosures.validOverallPerformanceTarget();
    }

    @Provide
    Arbitrary<ProjectPerformanceTarget> project() {
        return Disclosures.validProjectPerformanceTarget();
    }

    @Property(tries = 200)
    void overallSheetsWeighAHundredProjectSheetsNinetyAndTheirFundsAddUp(@ForAll("overall") OverallPerformanceTarget overall,
            @ForAll("project") ProjectPerformanceTarget project) {
        assertEquals(0, weights(overall.getIndicators().stream()).compareTo(BigDecimal.valueOf(100)));
        assertEquals(0, weights(project.getIndicators().stream()).compareTo(BigDecimal.valueOf(90)));
        var f = overall.getFunding();
        assertEquals(0, f.getTotal().orElseThrow().compareTo(f.getFiscalFromHigherLevel()
                .add(f.getFiscalFromOwnLevel()).add(f.getOtherFunds())));
        var p = project.getFunding();
        assertEquals(0, p.getTotal().compareTo(p.getFiscalAppropriation().add(p.getOtherFunds())));
    }

    private static BigDecimal weights(java.util.stream.Stream<PerformanceIndicator> indicators) {
        return indicators.map(i -> i.getWeight().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
