package org.yusuan.io.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
import org.yusuan.model.matters.ImmutableStateAssets;
import org.yusuan.model.matters.LargeEquipmentCounts;
import org.yusuan.model.matters.OtherMatters;
import org.yusuan.model.matters.PerformanceSummary;
import org.yusuan.model.matters.PlannedAssetPurchases;
import org.yusuan.model.matters.RunningCostKind;
import org.yusuan.model.matters.RunningCosts;
import org.yusuan.model.matters.StateAssets;
import org.yusuan.model.matters.VehicleHolding;
import org.yusuan.model.performance.FirstLevelCategory;
import org.yusuan.model.performance.ImmutablePerformanceIndicator;
import org.yusuan.model.performance.OverallFunding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.performance.SecondLevelCategory;
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
 * A compact generator of arbitrary, structurally valid disclosures for the JSON round-trip properties, kept in
 * budget-io's tests until the testkit's {@code Disclosures.any()} exists: every part of the model, each table present,
 * absent or declared empty, blank and 0.00 cells, both units, awkward text (quotes, backslashes, newlines, {@code =}
 * formulas, U+2028, a BOM character, characters beyond the BMP), and amounts with scales from 0 to 4.
 */
final class AnyDisclosure {

    private AnyDisclosure() {
    }

    static Arbitrary<String> text() {
        Arbitrary<String> awkward = Arbitraries.of("", " ", "=cmd|' /C calc'!A0", "\"quoted\"", "a\\b", "line\nbreak",
                "tab\there", "逗号，comma, 分号；", "\u2028\u2029", "\uFEFF开头", "𠀀 beyond the BMP 😀", "-1", "+86",
                "@sum", "null", "库尔勒市人民政府办公室", "（一）主要职能");
        Arbitrary<String> any = Arbitraries.strings().withCharRange('\u0000', '\ud7ff').ofMaxLength(12);
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u4fff').ofMinLength(1).ofMaxLength(8);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, awkward), net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(2, chinese));
    }

    static Arbitrary<Optional<String>> optionalText() {
        return text().optional(0.7);
    }

    static Arbitrary<BigDecimal> amount() {
        Arbitrary<BigDecimal> general = Combinators.combine(
                        Arbitraries.longs().between(-10_000_000_000_000L, 10_000_000_000_000L),
                        Arbitraries.integers().between(0, 4))
                .as(BigDecimal::valueOf);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, general),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(new BigDecimal("0.00"), new BigDecimal("0"),
                        new BigDecimal("7.80"), new BigDecimal("-0.01"), new BigDecimal("1491.86"),
                        new BigDecimal("999999999999999999999999.999999999999"))));
    }

    static Arbitrary<Optional<BigDecimal>> optionalAmount() {
        return amount().optional(0.7);
    }

    static Arbitrary<Integer> count() {
        return Arbitraries.integers().between(0, 100_000);
    }

    static <C extends Enum<C> & AmountColumn> Arbitrary<Map<C, BigDecimal>> amounts(Class<C> columns) {
        List<C> all = List.of(columns.getEnumConstants());
        return Arbitraries.subsetOf(all).flatMap(chosen -> amount().list().ofSize(chosen.size()).map(values -> {
            Map<C, BigDecimal> cells = new EnumMap<>(columns);
            int i = 0;
            for (C column : chosen) {
                cells.put(column, values.get(i++));
            }
            return cells;
        }));
    }

    static <C extends Enum<C> & AmountColumn> Arbitrary<Optional<TotalsRow<C>>> totals(Class<C> columns) {
        return Combinators.combine(optionalText(), amounts(columns))
                .as((name, cells) -> (TotalsRow<C>) TotalsRow.<C>builder().name(name).putAllAmounts(cells).build())
                .optional(0.8);
    }

    static Arbitrary<Optional<FunctionalCode>> functionalCode() {
        Arbitrary<String> category = Arbitraries.integers().between(200, 299).map(String::valueOf);
        Arbitrary<String> part = Arbitraries.integers().between(1, 99).map(n -> String.format("%02d", n));
        return Combinators.combine(category, part, part, Arbitraries.integers().between(0, 2))
                .as((c, s, i, depth) -> FunctionalCode.parse(depth == 0 ? c : depth == 1 ? c + s : c + s + i))
                .optional(0.85);
    }

    static Arbitrary<Optional<FunctionalCode>> categoryCode() {
        return Arbitraries.integers().between(200, 299).map(n -> FunctionalCode.parse(String.valueOf(n))).optional(0.85);
    }

    static Arbitrary<Optional<EconomicCode>> economicCode() {
        Arbitrary<String> category = Arbitraries.integers().between(300, 399).map(String::valueOf);
        Arbitrary<String> part = Arbitraries.integers().between(1, 99).map(n -> String.format("%02d", n));
        return Combinators.combine(category, part, Arbitraries.of(true, false))
                .as((c, s, deep) -> EconomicCode.parse(deep ? c + s : c))
                .optional(0.85);
    }

    static Arbitrary<MoneyUnit> unit() {
        return Arbitraries.of(MoneyUnit.class);
    }

    /** Nothing (no table), a declared-empty table, or a table with rows: one third each, roughly. */
    static Arbitrary<Optional<String>> emptyNote() {
        return Arbitraries.of("", "本单位没有该项支出，本表为空表。").optional(0.3).map(o -> o.filter(s -> !s.isEmpty()));
    }

    private static <T> Arbitrary<List<T>> rows(Arbitrary<T> row) {
        return row.list().ofMaxSize(4);
    }

    static Arbitrary<BudgetDisclosure> any() {
        Arbitrary<BudgetDisclosure> identity = Combinators.combine(
                        text(), Arbitraries.of(EntityKind.class), Arbitraries.integers().between(1, 9999),
                        Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d))
                                .optional(0.5),
                        text().list().ofMaxSize(3), overview().optional(0.7))
                .as((name, kind, year, date, subUnits, overview) -> BudgetDisclosure.builder()
                        .entityName(name).entityKind(kind).fiscalYear(year).publicationDate(date)
                        .addAllSubUnits(subUnits).overview(overview).build());
        Arbitrary<BudgetDisclosure> withTables = identity.flatMap(d -> Combinators.combine(
                        table1().optional(0.7), table2().optional(0.7), table3().optional(0.7),
                        table4().optional(0.7), table5().optional(0.7), table6().optional(0.7),
                        table7().optional(0.7), table8().optional(0.7))
                .as((t1, t2, t3, t4, t5, t6, t7, t8) -> (BudgetDisclosure) ImmutableBudgetDisclosure.copyOf(d)
                        .withRevenueExpenditureSummary(t1).withRevenueSummary(t2).withExpenditureSummary(t3)
                        .withFiscalAppropriationSummary(t4).withGeneralBudgetExpenditure(t5)
                        .withGeneralBudgetBasicExpenditure(t6).withGeneralBudgetProjectExpenditure(t7)
                        .withGovernmentFundExpenditure(t8)));
        return withTables.flatMap(d -> Combinators.combine(
                        table9().optional(0.7), table10().optional(0.7), table11().optional(0.7),
                        narrative().list().ofMaxSize(3), otherMatters().optional(0.7),
                        overallTarget().list().ofMaxSize(2), projectTarget().list().ofMaxSize(2))
                .as((t9, t10, t11, sections, matters, overall, projects) -> copyRest(d, t9, t10, t11, sections,
                        matters, overall, projects)));
    }

    private static BudgetDisclosure copyRest(BudgetDisclosure d, Optional<StateCapitalExpenditure> t9,
            Optional<ThreePublicExpenses> t10, Optional<CarryoverDetail> t11, List<NarrativeSection> sections,
            Optional<OtherMatters> matters, List<OverallPerformanceTarget> overall,
            List<ProjectPerformanceTarget> projects) {
        return ImmutableBudgetDisclosure.copyOf(d)
                .withStateCapitalExpenditure(t9).withThreePublicExpenses(t10).withCarryoverDetail(t11)
                .withNarrativeSections(sections).withOtherMatters(matters)
                .withOverallPerformanceTargets(overall).withProjectPerformanceTargets(projects);
    }

    static Arbitrary<Overview> overview() {
        Arbitrary<StaffChange> change = Combinators.combine(count(), Arbitraries.integers().between(-50, 50).optional())
                .as((n, c) -> StaffChange.builder().count(n).change(c).build());
        Arbitrary<Staffing> staffing = Combinators.combine(count(), count(), change.optional(), change.optional(),
                        change.optional())
                .as((posts, heads, in, retired, veteran) -> Staffing.builder().authorizedPosts(posts)
                        .actualHeadcount(heads).inService(in).retired(retired).veteranRetired(veteran).build());
        return Combinators.combine(text().list().ofMaxSize(3), optionalText(), text().list().ofMaxSize(3),
                        staffing.optional(0.7))
                .as((functions, structure, units, staff) -> Overview.builder().addAllMainFunctions(functions)
                        .internalStructure(structure).addAllSubordinateUnits(units).staffing(staff).build());
    }

    static Arbitrary<RevenueExpenditureSummary> table1() {
        Arbitrary<SummaryIncomeLine> income = Combinators.combine(
                        Arbitraries.of(IncomeItem.class).optional(0.8), optionalText(), amounts(SummaryColumn.class))
                .as((item, name, cells) -> SummaryIncomeLine.builder().item(item).name(name).putAllAmounts(cells)
                        .build());
        Arbitrary<SummaryExpenditureLine> spending = Combinators.combine(categoryCode(), optionalText(),
                        amounts(SummaryColumn.class))
                .as((code, name, cells) -> SummaryExpenditureLine.builder().code(code).name(name)
                        .putAllAmounts(cells).build());
        return Combinators.combine(unit(), emptyNote(), rows(income), totals(SummaryColumn.class), rows(spending),
                        totals(SummaryColumn.class))
                .as((unit, note, in, inTotal, out, outTotal) -> RevenueExpenditureSummary.builder().unit(unit)
                        .emptyNote(note).addAllIncomeLines(in).incomeTotal(inTotal).addAllExpenditureLines(out)
                        .expenditureTotal(outTotal).build());
    }

    static Arbitrary<RevenueSummary> table2() {
        Arbitrary<RevenueRow> row = Combinators.combine(functionalCode(), optionalText(), amounts(RevenueColumn.class))
                .as((code, name, cells) -> RevenueRow.builder().code(code).name(name).putAllAmounts(cells).build());
        return Combinators.combine(unit(), emptyNote(), rows(row), totals(RevenueColumn.class))
                .as((unit, note, rows, totals) -> RevenueSummary.builder().unit(unit).emptyNote(note)
                        .addAllRows(rows).totals(totals).build());
    }

    static Arbitrary<ExpenditureRow> expenditureRow() {
        return Combinators.combine(functionalCode(), optionalText(), amounts(ExpenditureColumn.class))
                .as((code, name, cells) -> ExpenditureRow.builder().code(code).name(name).putAllAmounts(cells)
                        .build());
    }

    static Arbitrary<ExpenditureSummary> table3() {
        return Combinators.combine(unit(), emptyNote(), rows(expenditureRow()), totals(ExpenditureColumn.class))
                .as((unit, note, rows, totals) -> ExpenditureSummary.builder().unit(unit).emptyNote(note)
                        .addAllRows(rows).totals(totals).build());
    }

    static Arbitrary<FiscalAppropriationSummary> table4() {
        Arbitrary<FiscalIncomeLine> income = Combinators.combine(
                        Arbitraries.of(FiscalIncomeItem.class).optional(0.8), optionalText(),
                        amounts(FiscalIncomeColumn.class))
                .as((item, name, cells) -> FiscalIncomeLine.builder().item(item).name(name).putAllAmounts(cells)
                        .build());
        Arbitrary<FiscalExpenditureLine> spending = Combinators.combine(categoryCode(), optionalText(),
                        amounts(FiscalExpenditureColumn.class))
                .as((code, name, cells) -> FiscalExpenditureLine.builder().code(code).name(name)
                        .putAllAmounts(cells).build());
        return Combinators.combine(unit(), emptyNote(), rows(income), totals(FiscalIncomeColumn.class),
                        rows(spending), totals(FiscalExpenditureColumn.class))
                .as((unit, note, in, inTotal, out, outTotal) -> FiscalAppropriationSummary.builder().unit(unit)
                        .emptyNote(note).addAllIncomeLines(in).incomeTotal(inTotal).addAllExpenditureLines(out)
                        .expenditureTotal(outTotal).build());
    }

    static Arbitrary<GeneralBudgetExpenditure> table5() {
        return Combinators.combine(unit(), emptyNote(), rows(expenditureRow()), totals(ExpenditureColumn.class))
                .as((unit, note, rows, totals) -> GeneralBudgetExpenditure.builder().unit(unit).emptyNote(note)
                        .addAllRows(rows).totals(totals).build());
    }

    static Arbitrary<GeneralBudgetBasicExpenditure> table6() {
        Arbitrary<BasicExpenditureRow> row = Combinators.combine(economicCode(), optionalText(),
                        amounts(BasicExpenditureColumn.class))
                .as((code, name, cells) -> BasicExpenditureRow.builder().code(code).name(name).putAllAmounts(cells)
                        .build());
        return Combinators.combine(unit(), emptyNote(), rows(row), totals(BasicExpenditureColumn.class))
                .as((unit, note, rows, totals) -> GeneralBudgetBasicExpenditure.builder().unit(unit).emptyNote(note)
                        .addAllRows(rows).totals(totals).build());
    }

    static Arbitrary<GeneralBudgetProjectExpenditure> table7() {
        Arbitrary<ProjectExpenditureRow> row = Combinators.combine(Arbitraries.of(ProjectRowKind.class),
                        functionalCode(), optionalText(), optionalText(), optionalText(),
                        amounts(ProjectExpenditureColumn.class))
                .as((kind, code, name, project, subUnit, cells) -> ProjectExpenditureRow.builder().rowKind(kind)
                        .code(code).name(name).projectName(project).subUnit(subUnit).putAllAmounts(cells).build());
        return Combinators.combine(unit(), emptyNote(), rows(row), totals(ProjectExpenditureColumn.class))
                .as((unit, note, rows, totals) -> GeneralBudgetProjectExpenditure.builder().unit(unit)
                        .emptyNote(note).addAllRows(rows).totals(totals).build());
    }

    static Arbitrary<FundExpenditureRow> fundRow() {
        return Combinators.combine(functionalCode(), optionalText(), amounts(FundExpenditureColumn.class))
                .as((code, name, cells) -> FundExpenditureRow.builder().code(code).name(name).putAllAmounts(cells)
                        .build());
    }

    static Arbitrary<GovernmentFundExpenditure> table8() {
        return Combinators.combine(unit(), emptyNote(), rows(fundRow()), totals(FundExpenditureColumn.class))
                .as((unit, note, rows, totals) -> GovernmentFundExpenditure.builder().unit(unit).emptyNote(note)
                        .addAllRows(rows).totals(totals).build());
    }

    static Arbitrary<StateCapitalExpenditure> table9() {
        return Combinators.combine(unit(), emptyNote(), rows(fundRow()), totals(FundExpenditureColumn.class))
                .as((unit, note, rows, totals) -> StateCapitalExpenditure.builder().unit(unit).emptyNote(note)
                        .addAllRows(rows).totals(totals).build());
    }

    static Arbitrary<ThreePublicExpenses> table10() {
        Arbitrary<ThreePublicExpenseRow> row = Combinators.combine(
                        Arbitraries.of(ThreePublicExpenseItem.class).optional(0.8), optionalText(),
                        amounts(ThreePublicExpenseColumn.class))
                .as((item, name, cells) -> ThreePublicExpenseRow.builder().item(item).name(name)
                        .putAllAmounts(cells).build());
        return Combinators.combine(unit(), emptyNote(), rows(row), totals(ThreePublicExpenseColumn.class))
                .as((unit, note, rows, totals) -> ThreePublicExpenses.builder().unit(unit).emptyNote(note)
                        .addAllRows(rows).totals(totals).build());
    }

    static Arbitrary<CarryoverDetail> table11() {
        Arbitrary<CarryoverRow> row = Combinators.combine(functionalCode(), optionalText(),
                        amounts(CarryoverColumn.class))
                .as((code, name, cells) -> CarryoverRow.builder().code(code).name(name).putAllAmounts(cells).build());
        return Combinators.combine(unit(), emptyNote(), rows(row), totals(CarryoverColumn.class))
                .as((unit, note, rows, totals) -> CarryoverDetail.builder().unit(unit).emptyNote(note)
                        .addAllRows(rows).totals(totals).build());
    }

    static Arbitrary<NarrativeSection> narrative() {
        return Combinators.combine(text(), text())
                .as((title, body) -> NarrativeSection.builder().title(title).text(body).build());
    }

    static Arbitrary<OtherMatters> otherMatters() {
        Arbitrary<RunningCosts> running = Combinators.combine(Arbitraries.of(RunningCostKind.class), amount(), unit(),
                        optionalAmount(), optionalAmount(), optionalText())
                .as((kind, amount, unit, change, percent, reason) -> RunningCosts.builder().kind(kind).amount(amount)
                        .unit(unit).changeAmount(change).changePercent(percent).reason(reason).build());
        Arbitrary<GovernmentProcurement> procurement = Combinators.combine(unit(), amount(), optionalAmount(),
                        optionalAmount(), optionalAmount(), optionalAmount(), optionalAmount())
                .as((unit, total, goods, works, services, medium, micro) -> GovernmentProcurement.builder().unit(unit)
                        .total(total).goods(goods).works(works).services(services).reservedForSmallAndMedium(medium)
                        .reservedForSmallAndMicro(micro).build());
        Arbitrary<LargeEquipmentCounts> equipment = Combinators.combine(count(), count(), optionalText())
                .as((a, b, word) -> LargeEquipmentCounts.builder().atLeast500Thousand(a).atLeast1Million(b)
                        .measureWord(word).build());
        Arbitrary<PlannedAssetPurchases> planned = Combinators.combine(Arbitraries.of(true, false), optionalAmount(),
                        count().optional(), equipment.optional())
                .as((arranged, funds, vehicles, large) -> PlannedAssetPurchases.builder()
                        .vehicleFundsArranged(arranged).vehicleFunds(funds).vehicleCount(vehicles)
                        .largeEquipment(large).build());
        Arbitrary<VehicleHolding> vehicle = Combinators.combine(text(), count(), optionalAmount())
                .as((label, n, value) -> VehicleHolding.builder().label(label).count(n).value(value).build());
        Arbitrary<StateAssets> assets = Combinators.combine(optionalText(),
                        Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2023, 1, 1).plusDays(d))
                                .optional(),
                        unit(), optionalAmount(), optionalAmount(), count().optional(), optionalAmount(),
                        vehicle.list().ofMaxSize(3))
                .as((asOf, date, unit, area, building, vehicles, vehicleValue, holdings) -> StateAssets.builder()
                        .asOfText(asOf).asOfDate(date).unit(unit).buildingArea(area).buildingValue(building)
                        .vehicleCount(vehicles).vehicleValue(vehicleValue).addAllVehicles(holdings).build())
                .flatMap(a -> Combinators.combine(optionalAmount(), optionalAmount(), equipment.optional(),
                                planned.optional())
                        .as((furniture, other, large, plan) -> (StateAssets) ImmutableStateAssets.copyOf(a)
                                .withFurnitureValue(furniture).withOtherAssetsValue(other).withLargeEquipment(large)
                                .withPlannedPurchases(plan)));
        Arbitrary<PerformanceSummary> performance = Combinators.combine(unit(), count(), amount(), count(), amount(),
                        count(), amount(), optionalText())
                .as((unit, a, aa, b, ba, c, ca, note) -> PerformanceSummary.builder().unit(unit)
                        .overallTargetCount(a).overallTargetAmount(aa).fiscalProjectCount(b).fiscalProjectAmount(ba)
                        .nonFiscalProjectCount(c).nonFiscalProjectAmount(ca).note(note).build());
        return Combinators.combine(running.optional(), procurement.optional(), assets.optional(),
                        performance.optional(), optionalText())
                .as((r, p, a, perf, notes) -> OtherMatters.builder().runningCosts(r).procurement(p).stateAssets(a)
                        .performanceSummary(perf).otherNotes(notes).build());
    }

    static Arbitrary<TargetValue> target() {
        Arbitrary<String> printed = Arbitraries.of("≥95%", "≤100万元", "=1次", ">0", "<3天", "100%", "得到提升",
                "", "  ", "≥ 90 %", "约5人", "=cmd", "不低于98%", "１００％");
        Arbitrary<TargetValue> parsed = Arbitraries.oneOf(printed, text()).map(TargetValue::parse);
        Arbitrary<TargetValue> built = Combinators.combine(
                        Arbitraries.of(org.yusuan.model.performance.TargetComparator.class), amount(),
                        Arbitraries.of("", "%", "万元", "人次"))
                .as(TargetValue::of);
        return Arbitraries.oneOf(parsed, built, text().map(TargetValue::qualitative));
    }

    static Arbitrary<PerformanceIndicator> indicator() {
        Arbitrary<FirstLevelCategory> first = Arbitraries.oneOf(
                Arbitraries.of("产出指标", "效益指标", "履职效能", "其他").map(FirstLevelCategory::parse),
                text().map(FirstLevelCategory::parse));
        Arbitrary<SecondLevelCategory> second = Arbitraries.oneOf(
                Arbitraries.of("数量指标", "生态成本指标", "未知指标").map(SecondLevelCategory::parse),
                text().map(SecondLevelCategory::parse));
        return Combinators.combine(first, second, text(), target(), optionalText(), optionalText(), optionalAmount(),
                        optionalText())
                .as((f, s, name, target, basis, previous, weight, rule) -> PerformanceIndicator.builder()
                        .firstLevel(f).secondLevel(s).name(name).target(target).basis(basis)
                        .previousYearValue(previous).weight(weight).scoringRule(rule).build())
                .flatMap(i -> optionalText().map(evidence -> (PerformanceIndicator) ImmutablePerformanceIndicator
                        .copyOf(i).withEvidence(evidence)));
    }

    static Arbitrary<OverallPerformanceTarget> overallTarget() {
        Arbitrary<OverallFunding> funding = Combinators.combine(unit(), amount(), amount(), amount(), optionalAmount())
                .as((unit, higher, own, other, total) -> OverallFunding.builder().unit(unit)
                        .fiscalFromHigherLevel(higher).fiscalFromOwnLevel(own).otherFunds(other).total(total).build());
        return Combinators.combine(text(), optionalText(), optionalText(), text(), text().list().ofMaxSize(3), funding,
                        indicator().list().ofMaxSize(3))
                .as((entity, person, phone, goalsText, goals, fund, indicators) -> OverallPerformanceTarget.builder()
                        .entityName(entity).contactPerson(person).contactPhone(phone).annualGoalsText(goalsText)
                        .addAllAnnualGoals(goals).funding(fund).addAllIndicators(indicators).build());
    }

    static Arbitrary<ProjectPerformanceTarget> projectTarget() {
        Arbitrary<ProjectFunding> funding = Combinators.combine(unit(), amount(), amount(), amount())
                .as((unit, total, fiscal, other) -> ProjectFunding.builder().unit(unit).total(total)
                        .fiscalAppropriation(fiscal).otherFunds(other).build());
        return Combinators.combine(text(), text(), optionalText(), funding, text(), indicator().list().ofMaxSize(3))
                .as((unit, project, manager, fund, goal, indicators) -> ProjectPerformanceTarget.builder()
                        .budgetUnit(unit).projectName(project).manager(manager).funding(fund).overallGoal(goal)
                        .addAllIndicators(indicators).build());
    }
}
