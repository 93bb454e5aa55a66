package org.yusuan.testkit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.yusuan.model.EntityKind;
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
import org.yusuan.model.matters.VehicleKind;
import org.yusuan.model.performance.FirstLevelCategory;
import org.yusuan.model.performance.FirstLevelIndicatorKind;
import org.yusuan.model.performance.OverallFunding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.performance.SecondLevelCategory;
import org.yusuan.model.performance.SecondLevelIndicatorKind;
import org.yusuan.model.performance.TargetValue;

/**
 * Everything of a disclosure but its tables, for {@code Disclosures.any()}: overview and staffing, narrative
 * sections, other matters, and performance sheets whose target values are parsed from generated text.
 */
public final class AnyParts {

    /** Target texts as documents print them: quantitative in many spellings, qualitative, unreadable, blank. */
    static final List<String> TARGET_TEXTS = List.of(
            "≥95%", "≥ 95 %", "大于等于90%", "不低于3个", "=100%", "100%", "≤1200元", "≤ 1,200 元", "<=30天",
            "2次/年", "12 次", "及时", "有效提升", "好", "≥90分", "5万元以上", "不超过50万元", "＞80％",
            "$\\geq 95\\%$", "约三成", "≥", "", "  ", "=1+2", "逐步提高\n持续改善", "满意度≥85%", "0");

    private AnyParts() {
    }

    private static Arbitrary<BigDecimal> amount() {
        return AnyAmounts.amount();
    }

    private static Arbitrary<Optional<BigDecimal>> optionalAmount() {
        return AnyAmounts.amount().optional(0.7);
    }

    private static Arbitrary<Integer> count() {
        return Arbitraries.integers().between(0, 500);
    }

    /** @return any overview (部门概况), staffing included or not */
    public static Arbitrary<Overview> overview() {
        Arbitrary<StaffChange> change = Combinators.combine(count(), Arbitraries.integers().between(-20, 20)
                        .optional(0.6))
                .as((n, delta) -> StaffChange.builder().count(n).change(delta).build());
        Arbitrary<Staffing> staffing = Combinators.combine(count(), count(), change.optional(), change.optional(),
                        change.optional())
                .as((posts, actual, inService, retired, veterans) -> Staffing.builder().authorizedPosts(posts)
                        .actualHeadcount(actual).inService(inService).retired(retired).veteranRetired(veterans)
                        .build());
        return Combinators.combine(Texts.few(), Texts.optional(), Texts.few(), staffing.optional(0.7))
                .as((functions, structure, units, staff) -> Overview.builder().addAllMainFunctions(functions)
                        .internalStructure(structure).addAllSubordinateUnits(units).staffing(staff).build());
    }

    /** @return any narrative section (情况说明) */
    public static Arbitrary<NarrativeSection> narrativeSection() {
        return Combinators.combine(Texts.any(), Texts.any())
                .as((title, text) -> NarrativeSection.builder().title(title).text(text).build());
    }

    /** @return any other matters (其他重要事项) */
    public static Arbitrary<OtherMatters> otherMatters() {
        Arbitrary<RunningCosts> running = Combinators.combine(Arbitraries.of(RunningCostKind.class), amount(),
                        Arbitraries.of(MoneyUnit.class), optionalAmount(), optionalAmount(), Texts.optional())
                .as((kind, amount, unit, change, percent, reason) -> RunningCosts.builder().kind(kind).amount(amount)
                        .unit(unit).changeAmount(change).changePercent(percent).reason(reason).build());
        Arbitrary<GovernmentProcurement> procurement = Combinators.combine(Arbitraries.of(MoneyUnit.class),
                        amount(), optionalAmount(), optionalAmount(), optionalAmount(), optionalAmount(),
                        optionalAmount())
                .as((unit, total, goods, works, services, medium, micro) -> GovernmentProcurement.builder()
                        .unit(unit).total(total).goods(goods).works(works).services(services)
                        .reservedForSmallAndMedium(medium).reservedForSmallAndMicro(micro).build());
        Arbitrary<PerformanceSummary> performance = Combinators.combine(Arbitraries.of(MoneyUnit.class), count(),
                        amount(), count(), amount(), count(), amount(), Texts.optional())
                .as((unit, overall, overallAmount, fiscal, fiscalAmount, other, otherAmount, note) ->
                        PerformanceSummary.builder().unit(unit).overallTargetCount(overall)
                                .overallTargetAmount(overallAmount).fiscalProjectCount(fiscal)
                                .fiscalProjectAmount(fiscalAmount).nonFiscalProjectCount(other)
                                .nonFiscalProjectAmount(otherAmount).note(note).build());
        return Combinators.combine(running.optional(0.7), procurement.optional(0.7), stateAssets().optional(0.7),
                        performance.optional(0.7), Texts.optional())
                .as((r, p, a, s, notes) -> OtherMatters.builder().runningCosts(r).procurement(p).stateAssets(a)
                        .performanceSummary(s).otherNotes(notes).build());
    }

    private static Arbitrary<LargeEquipmentCounts> largeEquipment() {
        return Combinators.combine(count(), count(), Arbitraries.of("台", "台（套）", "套", "").optional())
                .as((half, million, word) -> LargeEquipmentCounts.builder().atLeast500Thousand(half)
                        .atLeast1Million(million).measureWord(word).build());
    }

    private static Arbitrary<StateAssets> stateAssets() {
        Arbitrary<String> vehicleLabel = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(VehicleKind.class).map(VehicleKind::label)),
                Tuple.of(1, Texts.any()));
        Arbitrary<VehicleHolding> vehicle = Combinators.combine(vehicleLabel, count(), optionalAmount())
                .as((label, n, value) -> VehicleHolding.builder().label(label).count(n).value(value).build());
        Arbitrary<PlannedAssetPurchases> planned = Combinators.combine(Arbitraries.of(true, false),
                        optionalAmount(), count().optional(), largeEquipment().optional())
                .as((arranged, funds, n, equipment) -> PlannedAssetPurchases.builder().vehicleFundsArranged(arranged)
                        .vehicleFunds(funds).vehicleCount(n).largeEquipment(equipment).build());
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 3000)
                .map(days -> LocalDate.of(2022, 1, 1).plusDays(days));
        Arbitrary<List<Object>> first = Combinators.combine(List.of(
                Texts.optional().map(Object.class::cast), date.optional().map(Object.class::cast),
                Arbitraries.of(MoneyUnit.class).map(Object.class::cast), optionalAmount().map(Object.class::cast),
                optionalAmount().map(Object.class::cast), count().optional().map(Object.class::cast),
                optionalAmount().map(Object.class::cast))).as(List::copyOf);
        return Combinators.combine(first, vehicle.list().ofMaxSize(3), optionalAmount(), optionalAmount(),
                        largeEquipment().optional(), planned.optional())
                .as((f, vehicles, furniture, other, equipment, plan) -> stateAssets(f, vehicles, furniture, other,
                        equipment, plan));
    }

    @SuppressWarnings("unchecked")
    private static StateAssets stateAssets(List<Object> f, List<VehicleHolding> vehicles,
            Optional<BigDecimal> furniture, Optional<BigDecimal> other, Optional<LargeEquipmentCounts> equipment,
            Optional<PlannedAssetPurchases> plan) {
        return StateAssets.builder()
                .asOfText((Optional<String>) f.get(0))
                .asOfDate((Optional<LocalDate>) f.get(1))
                .unit((MoneyUnit) f.get(2))
                .buildingArea((Optional<BigDecimal>) f.get(3))
                .buildingValue((Optional<BigDecimal>) f.get(4))
                .vehicleCount((Optional<Integer>) f.get(5))
                .vehicleValue((Optional<BigDecimal>) f.get(6))
                .addAllVehicles(vehicles)
                .furnitureValue(furniture)
                .otherAssetsValue(other)
                .largeEquipment(equipment)
                .plannedPurchases(plan)
                .build();
    }

    /** @return any target text as a document might print it */
    public static Arbitrary<String> targetText() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(TARGET_TEXTS)), Tuple.of(1, Texts.any()));
    }

    /** @return any performance indicator, its target parsed from generated text */
    public static Arbitrary<PerformanceIndicator> indicator() {
        Arbitrary<String> first = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(FirstLevelIndicatorKind.class).map(FirstLevelIndicatorKind::label)),
                Tuple.of(1, Arbitraries.of("产出 指标", "产出", "成本", "")),
                Tuple.of(1, Texts.any()));
        Arbitrary<String> second = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(SecondLevelIndicatorKind.class).map(SecondLevelIndicatorKind::label)),
                Tuple.of(1, Arbitraries.of("数量", "时效 指标", "生态成本指标", "")),
                Tuple.of(1, Texts.any()));
        Arbitrary<Optional<BigDecimal>> weight = Arbitraries.bigDecimals().between(BigDecimal.ZERO,
                BigDecimal.valueOf(100)).ofScale(0).optional(0.8);
        return Combinators.combine(first, second, Texts.any(), targetText(), Texts.optional(), Texts.optional(),
                        weight, Combinators.combine(Texts.optional(), Texts.optional()).as(List::of))
                .as((f, s, name, target, basis, previous, w, ruleAndEvidence) -> PerformanceIndicator.builder()
                        .firstLevel(FirstLevelCategory.parse(f))
                        .secondLevel(SecondLevelCategory.parse(s))
                        .name(name)
                        .target(TargetValue.parse(target))
                        .basis(basis)
                        .previousYearValue(previous)
                        .weight(w)
                        .scoringRule(ruleAndEvidence.get(0))
                        .evidence(ruleAndEvidence.get(1))
                        .build());
    }

    /** @return any overall performance target sheet (部门（单位）整体绩效目标表) */
    public static Arbitrary<OverallPerformanceTarget> overallPerformanceTarget() {
        Arbitrary<OverallFunding> funding = Combinators.combine(Arbitraries.of(MoneyUnit.class), amount(),
                        amount(), amount(), optionalAmount())
                .as((unit, higher, own, other, total) -> OverallFunding.builder().unit(unit)
                        .fiscalFromHigherLevel(higher).fiscalFromOwnLevel(own).otherFunds(other).total(total)
                        .build());
        return Combinators.combine(Texts.any(), Texts.optional(), Texts.optional(), Texts.any(), Texts.few(),
                        funding, indicator().list().ofMaxSize(4))
                .as((name, person, phone, goalsText, goals, fund, indicators) -> OverallPerformanceTarget.builder()
                        .entityName(name).contactPerson(person).contactPhone(phone).annualGoalsText(goalsText)
                        .addAllAnnualGoals(goals).funding(fund).addAllIndicators(indicators).build());
    }

    /** @return any project performance target sheet (项目支出绩效目标表) */
    public static Arbitrary<ProjectPerformanceTarget> projectPerformanceTarget() {
        Arbitrary<ProjectFunding> funding = Combinators.combine(Arbitraries.of(MoneyUnit.class), amount(),
                        amount(), amount())
                .as((unit, total, fiscal, other) -> ProjectFunding.builder().unit(unit).total(total)
                        .fiscalAppropriation(fiscal).otherFunds(other).build());
        return Combinators.combine(Texts.any(), Texts.any(), Texts.optional(), funding, Texts.any(),
                        indicator().list().ofMaxSize(4))
                .as((unit, project, manager, fund, goal, indicators) -> ProjectPerformanceTarget.builder()
                        .budgetUnit(unit).projectName(project).manager(manager).funding(fund).overallGoal(goal)
                        .addAllIndicators(indicators).build());
    }

    /** The identity of a disclosure. */
    record Identity(String name, EntityKind kind, int year, Optional<LocalDate> published,
            List<String> subUnits) {
    }

    /** @return any identity: name, kind, year, publication date and sub-units */
    static Arbitrary<Identity> identity() {
        Arbitrary<Integer> year = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(2024)),
                Tuple.of(1, Arbitraries.integers().between(1, 9999)));
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 3000)
                .map(days -> LocalDate.of(2020, 1, 1).plusDays(days));
        return Combinators.combine(Texts.any(), Arbitraries.of(EntityKind.class), year,
                        date.optional(0.5), Texts.few())
                .as(Identity::new);
    }
}
