package org.yusuan.io.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.EntityKind;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.NarrativeSection;
import org.yusuan.model.Overview;
import org.yusuan.model.StaffChange;
import org.yusuan.model.Staffing;
import org.yusuan.model.matters.GovernmentProcurement;
import org.yusuan.model.matters.LargeEquipmentCounts;
import org.yusuan.model.matters.OtherMatters;
import org.yusuan.model.matters.PerformanceSummary;
import org.yusuan.model.matters.PlannedAssetPurchases;
import org.yusuan.model.matters.RunningCostKind;
import org.yusuan.model.matters.RunningCosts;
import org.yusuan.model.matters.StateAssets;
import org.yusuan.model.matters.VehicleHolding;
import org.yusuan.model.performance.FirstLevelCategory;
import org.yusuan.model.performance.FirstLevelIndicatorKind;
import org.yusuan.model.performance.OverallFunding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.performance.SecondLevelCategory;
import org.yusuan.model.performance.SecondLevelIndicatorKind;
import org.yusuan.model.performance.TargetComparator;
import org.yusuan.model.performance.TargetForm;
import org.yusuan.model.performance.TargetValue;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.CarryoverColumn;
import org.yusuan.model.table.CarryoverDetail;
import org.yusuan.model.table.CarryoverRow;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.ExpenditureSummary;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FiscalExpenditureLine;
import org.yusuan.model.table.FiscalIncomeColumn;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.FiscalIncomeLine;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.FundExpenditureRow;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;
import org.yusuan.model.table.GeneralBudgetExpenditure;
import org.yusuan.model.table.GeneralBudgetProjectExpenditure;
import org.yusuan.model.table.GovernmentFundExpenditure;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.model.table.RevenueColumn;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.RevenueRow;
import org.yusuan.model.table.RevenueSummary;
import org.yusuan.model.table.StateCapitalExpenditure;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.SummaryExpenditureLine;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.ThreePublicExpenses;
import org.yusuan.model.table.TotalsRow;

/**
 * Arbitrary whole disclosures for the CSV round-trip properties, written here because the testkit's
 * {@code Disclosures.any()} was not yet available: every table present, absent or declared empty, blank and 0.00
 * cells, negative amounts and scales 0 to 4, both units, every optional part present or absent, and awkward text
 * (formula starts, apostrophes, quotes, commas, CR/LF, tabs, empty strings). Values come from jqwik's random source,
 * so failures are reproducible by seed but not shrunk.
 */
final class RandomDisclosures {

    private static final List<String> AWKWARD = List.of("", " ", "=cmd|' /C calc'!A0", "+1", "-3.50", "@SUM(A1)",
            "\tindent", "\rcr", "'quoted", "''", "a,b", "say \"hi\"", "line1\nline2", "line1\r\nline2", "合计",
            "其中：一般财力", "（一）主要职能", "=", "'", "0.00", "trailing ", "库尔勒市人民政府办公室", "“三公”经费");

    private final Random r;

    private RandomDisclosures(Random r) {
        this.r = r;
    }

    static Arbitrary<BudgetDisclosure> any() {
        return Arbitraries.randomValue(random -> new RandomDisclosures(random).disclosure());
    }

    private boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    private <T> T pick(List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private <T extends Enum<T>> T pick(Class<T> type) {
        T[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    private String text() {
        if (chance(50)) {
            return pick(AWKWARD);
        }
        StringBuilder b = new StringBuilder();
        String chars = "=+-@'\t\r\n,\" a0中文，。、（）/.";
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            b.append(chars.charAt(r.nextInt(chars.length())));
        }
        return b.toString();
    }

    private Optional<String> optText() {
        return chance(30) ? Optional.empty() : Optional.of(text());
    }

    private BigDecimal amount() {
        if (chance(10)) {
            return new BigDecimal("0.00");
        }
        long unscaled = chance(20) ? -r.nextInt(100000) : r.nextInt(1_000_000_000);
        return BigDecimal.valueOf(unscaled, r.nextInt(5));
    }

    private Optional<BigDecimal> optAmount() {
        return chance(30) ? Optional.empty() : Optional.of(amount());
    }

    private int count() {
        return r.nextInt(200);
    }

    private Optional<Integer> optCount() {
        return chance(30) ? Optional.empty() : Optional.of(count());
    }

    private <T> List<T> list(int max, Supplier<T> element) {
        List<T> list = new ArrayList<>();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            list.add(element.get());
        }
        return list;
    }

    private <C extends Enum<C> & AmountColumn> Map<C, BigDecimal> amounts(Class<C> type) {
        Map<C, BigDecimal> map = new EnumMap<>(type);
        for (C c : type.getEnumConstants()) {
            if (chance(50)) {
                map.put(c, amount());
            }
        }
        return map;
    }

    private <C extends Enum<C> & AmountColumn> Optional<TotalsRow<C>> totals(Class<C> type) {
        if (chance(25)) {
            return Optional.empty();
        }
        return Optional.of(TotalsRow.<C>builder().name(optText()).putAllAmounts(amounts(type)).build());
    }

    private String part() {
        return String.format("%02d", 1 + r.nextInt(99));
    }

    private Optional<FunctionalCode> functional(boolean categoryOnly) {
        if (chance(15)) {
            return Optional.empty();
        }
        String digits = "2" + part();
        if (!categoryOnly && chance(70)) {
            digits += part();
            if (chance(60)) {
                digits += part();
            }
        }
        return Optional.of(FunctionalCode.parse(digits));
    }

    private Optional<EconomicCode> economic() {
        if (chance(15)) {
            return Optional.empty();
        }
        return Optional.of(EconomicCode.parse("3" + part() + (chance(60) ? part() : "")));
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
        return chance(35) ? Optional.empty() : Optional.of(value.get());
    }

    BudgetDisclosure disclosure() {
        ImmutableBudgetDisclosure.Builder b = BudgetDisclosure.builder()
                .entityName(text())
                .entityKind(pick(EntityKind.class))
                .fiscalYear(1 + r.nextInt(2100))
                .publicationDate(maybe(() -> LocalDate.of(2000 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28))))
                .addAllSubUnits(list(3, this::text));
        MoneyUnit unit = pick(MoneyUnit.class);
        if (table()) {
            b.revenueExpenditureSummary(RevenueExpenditureSummary.builder().unit(unit()).emptyNote(note())
                    .addAllIncomeLines(list(5, () -> SummaryIncomeLine.builder()
                            .item(chance(70) ? Optional.of(pick(IncomeItem.class)) : Optional.empty())
                            .name(optText()).putAllAmounts(amounts(SummaryColumn.class)).build()))
                    .incomeTotal(totals(SummaryColumn.class))
                    .addAllExpenditureLines(list(5, () -> SummaryExpenditureLine.builder().code(functional(true))
                            .name(optText()).putAllAmounts(amounts(SummaryColumn.class)).build()))
                    .expenditureTotal(totals(SummaryColumn.class))
                    .build());
        }
        if (table()) {
            b.revenueSummary(RevenueSummary.builder().unit(unit()).emptyNote(note())
                    .addAllRows(list(5, () -> RevenueRow.builder().code(functional(false)).name(optText())
                            .putAllAmounts(amounts(RevenueColumn.class)).build()))
                    .totals(totals(RevenueColumn.class)).build());
        }
        if (table()) {
            b.expenditureSummary(ExpenditureSummary.builder().unit(unit).emptyNote(note())
                    .addAllRows(list(5, this::expenditureRow)).totals(totals(ExpenditureColumn.class)).build());
        }
        if (table()) {
            b.fiscalAppropriationSummary(FiscalAppropriationSummary.builder().unit(unit()).emptyNote(note())
                    .addAllIncomeLines(list(4, () -> FiscalIncomeLine.builder()
                            .item(chance(70) ? Optional.of(pick(FiscalIncomeItem.class)) : Optional.empty())
                            .name(optText()).putAllAmounts(amounts(FiscalIncomeColumn.class)).build()))
                    .incomeTotal(totals(FiscalIncomeColumn.class))
                    .addAllExpenditureLines(list(4, () -> FiscalExpenditureLine.builder().code(functional(true))
                            .name(optText()).putAllAmounts(amounts(FiscalExpenditureColumn.class)).build()))
                    .expenditureTotal(totals(FiscalExpenditureColumn.class))
                    .build());
        }
        if (table()) {
            b.generalBudgetExpenditure(GeneralBudgetExpenditure.builder().unit(unit()).emptyNote(note())
                    .addAllRows(list(5, this::expenditureRow)).totals(totals(ExpenditureColumn.class)).build());
        }
        if (table()) {
            b.generalBudgetBasicExpenditure(GeneralBudgetBasicExpenditure.builder().unit(unit()).emptyNote(note())
                    .addAllRows(list(5, () -> BasicExpenditureRow.builder().code(economic()).name(optText())
                            .putAllAmounts(amounts(BasicExpenditureColumn.class)).build()))
                    .totals(totals(BasicExpenditureColumn.class)).build());
        }
        if (table()) {
            b.generalBudgetProjectExpenditure(GeneralBudgetProjectExpenditure.builder().unit(unit()).emptyNote(note())
                    .addAllRows(list(5, () -> ProjectExpenditureRow.builder().rowKind(pick(ProjectRowKind.class))
                            .code(functional(false)).name(optText()).projectName(optText()).subUnit(optText())
                            .putAllAmounts(amounts(ProjectExpenditureColumn.class)).build()))
                    .totals(totals(ProjectExpenditureColumn.class)).build());
        }
        if (table()) {
            b.governmentFundExpenditure(GovernmentFundExpenditure.builder().unit(unit()).emptyNote(note())
                    .addAllRows(list(4, this::fundRow)).totals(totals(FundExpenditureColumn.class)).build());
        }
        if (table()) {
            b.stateCapitalExpenditure(StateCapitalExpenditure.builder().unit(unit()).emptyNote(note())
                    .addAllRows(list(4, this::fundRow)).totals(totals(FundExpenditureColumn.class)).build());
        }
        if (table()) {
            b.threePublicExpenses(ThreePublicExpenses.builder().unit(unit()).emptyNote(note())
                    .addAllRows(list(5, () -> ThreePublicExpenseRow.builder()
                            .item(chance(70) ? Optional.of(pick(ThreePublicExpenseItem.class)) : Optional.empty())
                            .name(optText()).putAllAmounts(amounts(ThreePublicExpenseColumn.class)).build()))
                    .totals(totals(ThreePublicExpenseColumn.class)).build());
        }
        if (table()) {
            b.carryoverDetail(CarryoverDetail.builder().unit(unit()).emptyNote(note())
                    .addAllRows(list(4, () -> CarryoverRow.builder().code(functional(false)).name(optText())
                            .putAllAmounts(amounts(CarryoverColumn.class)).build()))
                    .totals(totals(CarryoverColumn.class)).build());
        }
        b.overview(maybe(this::overview));
        b.addAllNarrativeSections(list(3, () -> NarrativeSection.builder().title(text()).text(text()).build()));
        b.otherMatters(maybe(this::otherMatters));
        b.addAllOverallPerformanceTargets(list(2, this::overallTarget));
        b.addAllProjectPerformanceTargets(list(2, this::projectTarget));
        return b.build();
    }

    private boolean table() {
        return chance(60);
    }

    private MoneyUnit unit() {
        return pick(MoneyUnit.class);
    }

    private Optional<String> note() {
        return chance(20) ? Optional.of(text()) : Optional.empty();
    }

    private ExpenditureRow expenditureRow() {
        return ExpenditureRow.builder().code(functional(false)).name(optText())
                .putAllAmounts(amounts(ExpenditureColumn.class)).build();
    }

    private FundExpenditureRow fundRow() {
        return FundExpenditureRow.builder().code(functional(false)).name(optText())
                .putAllAmounts(amounts(FundExpenditureColumn.class)).build();
    }

    private Overview overview() {
        return Overview.builder()
                .addAllMainFunctions(list(3, this::text))
                .internalStructure(optText())
                .addAllSubordinateUnits(list(2, this::text))
                .staffing(maybe(() -> Staffing.builder().authorizedPosts(count()).actualHeadcount(count())
                        .inService(maybe(this::staffChange)).retired(maybe(this::staffChange))
                        .veteranRetired(maybe(this::staffChange)).build()))
                .build();
    }

    private StaffChange staffChange() {
        return StaffChange.builder().count(count())
                .change(chance(30) ? Optional.empty() : Optional.of(r.nextInt(21) - 10)).build();
    }

    private OtherMatters otherMatters() {
        return OtherMatters.builder()
                .runningCosts(maybe(() -> RunningCosts.builder().kind(pick(RunningCostKind.class)).amount(amount())
                        .unit(unit()).changeAmount(optAmount()).changePercent(optAmount()).reason(optText())
                        .build()))
                .procurement(maybe(() -> GovernmentProcurement.builder().unit(unit()).total(amount())
                        .goods(optAmount()).works(optAmount()).services(optAmount())
                        .reservedForSmallAndMedium(optAmount()).reservedForSmallAndMicro(optAmount()).build()))
                .stateAssets(maybe(() -> StateAssets.builder().asOfText(optText())
                        .asOfDate(maybe(() -> LocalDate.of(2023, 12, 31))).unit(unit())
                        .buildingArea(optAmount()).buildingValue(optAmount()).vehicleCount(optCount())
                        .vehicleValue(optAmount())
                        .addAllVehicles(list(2, () -> VehicleHolding.builder().label(text()).count(count())
                                .value(optAmount()).build()))
                        .furnitureValue(optAmount()).otherAssetsValue(optAmount())
                        .largeEquipment(maybe(this::largeEquipment))
                        .plannedPurchases(maybe(() -> PlannedAssetPurchases.builder()
                                .vehicleFundsArranged(chance(50)).vehicleFunds(optAmount())
                                .vehicleCount(optCount()).largeEquipment(maybe(this::largeEquipment)).build()))
                        .build()))
                .performanceSummary(maybe(() -> PerformanceSummary.builder().unit(unit())
                        .overallTargetCount(count()).overallTargetAmount(amount())
                        .fiscalProjectCount(count()).fiscalProjectAmount(amount())
                        .nonFiscalProjectCount(count()).nonFiscalProjectAmount(amount()).note(optText()).build()))
                .otherNotes(optText())
                .build();
    }

    private LargeEquipmentCounts largeEquipment() {
        return LargeEquipmentCounts.builder().atLeast500Thousand(count()).atLeast1Million(count())
                .measureWord(optText()).build();
    }

    private OverallPerformanceTarget overallTarget() {
        return OverallPerformanceTarget.builder().entityName(text()).contactPerson(optText())
                .contactPhone(optText()).annualGoalsText(text()).addAllAnnualGoals(list(3, this::text))
                .funding(OverallFunding.builder().unit(unit()).fiscalFromHigherLevel(amount())
                        .fiscalFromOwnLevel(amount()).otherFunds(amount()).total(optAmount()).build())
                .addAllIndicators(list(3, this::indicator))
                .build();
    }

    private ProjectPerformanceTarget projectTarget() {
        return ProjectPerformanceTarget.builder().budgetUnit(text()).projectName(text()).manager(optText())
                .funding(ProjectFunding.builder().unit(unit()).total(amount()).fiscalAppropriation(amount())
                        .otherFunds(amount()).build())
                .overallGoal(text())
                .addAllIndicators(list(3, this::indicator))
                .build();
    }

    private PerformanceIndicator indicator() {
        TargetValue target;
        if (chance(50)) {
            target = TargetValue.builder().text(text()).normalizedText(text()).form(TargetForm.QUANTITATIVE)
                    .comparator(chance(80) ? Optional.of(pick(TargetComparator.class)) : Optional.empty())
                    .number(amount()).unit(optText()).normalized(chance(50)).build();
        } else {
            target = TargetValue.builder().text(text()).normalizedText(text())
                    .form(pick(List.of(TargetForm.QUALITATIVE, TargetForm.UNREADABLE, TargetForm.BLANK)))
                    .normalized(chance(50)).build();
        }
        return PerformanceIndicator.builder()
                .firstLevel(FirstLevelCategory.builder().printedText(text())
                        .kind(chance(70) ? Optional.of(pick(FirstLevelIndicatorKind.class)) : Optional.empty())
                        .build())
                .secondLevel(SecondLevelCategory.builder().printedText(text())
                        .kind(chance(70) ? Optional.of(pick(SecondLevelIndicatorKind.class)) : Optional.empty())
                        .build())
                .name(text()).target(target).basis(optText()).previousYearValue(optText()).weight(optAmount())
                .scoringRule(optText()).evidence(optText())
                .build();
    }
}
