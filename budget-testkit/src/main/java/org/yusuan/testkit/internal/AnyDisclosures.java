package org.yusuan.testkit.internal;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.NarrativeSection;
import org.yusuan.model.Overview;
import org.yusuan.model.matters.OtherMatters;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.table.CarryoverDetail;
import org.yusuan.model.table.ExpenditureSummary;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;
import org.yusuan.model.table.GeneralBudgetExpenditure;
import org.yusuan.model.table.GeneralBudgetProjectExpenditure;
import org.yusuan.model.table.GovernmentFundExpenditure;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.RevenueSummary;
import org.yusuan.model.table.StateCapitalExpenditure;
import org.yusuan.model.table.ThreePublicExpenses;

/** Assembles {@code Disclosures.any()} from the parts of {@link AnyParts} and {@link AnyTables}. */
public final class AnyDisclosures {

    /** How likely a table is printed at all (present, possibly declared empty). */
    private static final double TABLE_PRESENT = 0.75;

    private AnyDisclosures() {
    }

    private record FirstTables(Optional<RevenueExpenditureSummary> t1, Optional<RevenueSummary> t2,
            Optional<ExpenditureSummary> t3, Optional<FiscalAppropriationSummary> t4,
            Optional<GeneralBudgetExpenditure> t5, Optional<GeneralBudgetBasicExpenditure> t6) {
    }

    private record LastTables(Optional<GeneralBudgetProjectExpenditure> t7, Optional<GovernmentFundExpenditure> t8,
            Optional<StateCapitalExpenditure> t9, Optional<ThreePublicExpenses> t10,
            Optional<CarryoverDetail> t11) {
    }

    private record Rest(Optional<Overview> overview, List<NarrativeSection> narrative,
            Optional<OtherMatters> other, List<OverallPerformanceTarget> overall,
            List<ProjectPerformanceTarget> projects) {
    }

    /**
     * Any structurally valid disclosure.
     *
     * @return an arbitrary of disclosures
     */
    public static Arbitrary<BudgetDisclosure> any() {
        Arbitrary<FirstTables> first = Combinators.combine(
                        AnyTables.revenueExpenditureSummary().optional(TABLE_PRESENT),
                        AnyTables.revenueSummary().optional(TABLE_PRESENT),
                        AnyTables.expenditureSummary().optional(TABLE_PRESENT),
                        AnyTables.fiscalAppropriationSummary().optional(TABLE_PRESENT),
                        AnyTables.generalBudgetExpenditure().optional(TABLE_PRESENT),
                        AnyTables.generalBudgetBasicExpenditure().optional(TABLE_PRESENT))
                .as(FirstTables::new);
        Arbitrary<LastTables> last = Combinators.combine(
                        AnyTables.generalBudgetProjectExpenditure().optional(TABLE_PRESENT),
                        AnyTables.governmentFundExpenditure().optional(TABLE_PRESENT),
                        AnyTables.stateCapitalExpenditure().optional(TABLE_PRESENT),
                        AnyTables.threePublicExpenses().optional(TABLE_PRESENT),
                        AnyTables.carryoverDetail().optional(TABLE_PRESENT))
                .as(LastTables::new);
        Arbitrary<Rest> rest = Combinators.combine(
                        AnyParts.overview().optional(0.7),
                        AnyParts.narrativeSection().list().ofMaxSize(3),
                        AnyParts.otherMatters().optional(0.7),
                        AnyParts.overallPerformanceTarget().list().ofMaxSize(2),
                        AnyParts.projectPerformanceTarget().list().ofMaxSize(3))
                .as(Rest::new);
        // Edge cases of a whole disclosure are arbitrary combinations of the parts' edge cases: costly, not telling.
        return Combinators.combine(AnyParts.identity(), first, last, rest).as(AnyDisclosures::assemble)
                .withoutEdgeCases();
    }

    private static BudgetDisclosure assemble(AnyParts.Identity id, FirstTables a, LastTables b, Rest r) {
        return BudgetDisclosure.builder()
                .entityName(id.name())
                .entityKind(id.kind())
                .fiscalYear(id.year())
                .publicationDate(id.published())
                .addAllSubUnits(id.subUnits())
                .overview(r.overview())
                .revenueExpenditureSummary(a.t1())
                .revenueSummary(a.t2())
                .expenditureSummary(a.t3())
                .fiscalAppropriationSummary(a.t4())
                .generalBudgetExpenditure(a.t5())
                .generalBudgetBasicExpenditure(a.t6())
                .generalBudgetProjectExpenditure(b.t7())
                .governmentFundExpenditure(b.t8())
                .stateCapitalExpenditure(b.t9())
                .threePublicExpenses(b.t10())
                .carryoverDetail(b.t11())
                .addAllNarrativeSections(r.narrative())
                .otherMatters(r.other())
                .addAllOverallPerformanceTargets(r.overall())
                .addAllProjectPerformanceTargets(r.projects())
                .build();
    }
}
