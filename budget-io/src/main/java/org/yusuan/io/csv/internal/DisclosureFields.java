package org.yusuan.io.csv.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.NarrativeSection;
import org.yusuan.model.Overview;
import org.yusuan.model.StaffChange;
import org.yusuan.model.Staffing;
import org.yusuan.model.MoneyUnit;
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

/**
 * The parts of a disclosure that are not tables, as key/value fields (see {@link FieldSink} for the key form): the
 * publication date, the sub-units, the overview, the narrative, other matters and the performance sheets. Both CSV
 * shapes carry them this way; every attribute of those parts has a key, listed in docs/csv-format.md.
 */
public final class DisclosureFields {

    private DisclosureFields() {
    }

    /**
     * Writes the parts that are not tables.
     *
     * @param d the disclosure
     * @param out the fields
     */
    public static void write(BudgetDisclosure d, FieldSink out) {
        out.date("publication_date", d.getPublicationDate());
        texts(out, "sub_unit", d.getSubUnits());
        d.getOverview().ifPresent(o -> overview(out, o));
        int n = 1;
        for (NarrativeSection section : d.getNarrativeSections()) {
            out.text("narrative." + n + ".title", section.getTitle());
            out.text("narrative." + n + ".text", section.getText());
            n++;
        }
        d.getOtherMatters().ifPresent(m -> otherMatters(out, m));
        n = 1;
        for (OverallPerformanceTarget t : d.getOverallPerformanceTargets()) {
            overallTarget(out, "overall_target." + n++, t);
        }
        n = 1;
        for (ProjectPerformanceTarget t : d.getProjectPerformanceTargets()) {
            projectTarget(out, "project_target." + n++, t);
        }
    }

    private static void texts(FieldSink out, String path, List<String> values) {
        int n = 1;
        for (String value : values) {
            out.text(path + "." + n++, value);
        }
    }

    private static void overview(FieldSink out, Overview o) {
        out.marker("overview");
        texts(out, "overview.main_function", o.getMainFunctions());
        out.text("overview.internal_structure", o.getInternalStructure());
        texts(out, "overview.subordinate_unit", o.getSubordinateUnits());
        o.getStaffing().ifPresent(s -> {
            out.marker("overview.staffing");
            out.integer("overview.staffing.authorized_posts", s.getAuthorizedPosts());
            out.integer("overview.staffing.actual_headcount", s.getActualHeadcount());
            staffChange(out, "overview.staffing.in_service", s.getInService());
            staffChange(out, "overview.staffing.retired", s.getRetired());
            staffChange(out, "overview.staffing.veteran_retired", s.getVeteranRetired());
        });
    }

    private static void staffChange(FieldSink out, String path, Optional<StaffChange> change) {
        change.ifPresent(c -> {
            out.marker(path);
            out.integer(path + ".count", c.getCount());
            out.integer(path + ".change", c.getChange());
        });
    }

    private static void otherMatters(FieldSink out, OtherMatters m) {
        out.marker("other_matters");
        m.getRunningCosts().ifPresent(r -> {
            String p = "other_matters.running_costs";
            out.marker(p);
            out.constant(p + ".kind", r.getKind());
            out.decimal(p + ".amount", r.getAmount());
            out.constant(p + ".unit", r.getUnit());
            out.decimal(p + ".change_amount", r.getChangeAmount());
            out.decimal(p + ".change_percent", r.getChangePercent());
            out.text(p + ".reason", r.getReason());
        });
        m.getProcurement().ifPresent(g -> {
            String p = "other_matters.procurement";
            out.marker(p);
            out.constant(p + ".unit", g.getUnit());
            out.decimal(p + ".total", g.getTotal());
            out.decimal(p + ".goods", g.getGoods());
            out.decimal(p + ".works", g.getWorks());
            out.decimal(p + ".services", g.getServices());
            out.decimal(p + ".reserved_for_small_and_medium", g.getReservedForSmallAndMedium());
            out.decimal(p + ".reserved_for_small_and_micro", g.getReservedForSmallAndMicro());
        });
        m.getStateAssets().ifPresent(a -> {
            String p = "other_matters.state_assets";
            out.marker(p);
            out.text(p + ".as_of_text", a.getAsOfText());
            out.date(p + ".as_of_date", a.getAsOfDate());
            out.constant(p + ".unit", a.getUnit());
            out.decimal(p + ".building_area", a.getBuildingArea());
            out.decimal(p + ".building_value", a.getBuildingValue());
            out.integer(p + ".vehicle_count", a.getVehicleCount());
            out.decimal(p + ".vehicle_value", a.getVehicleValue());
            int n = 1;
            for (VehicleHolding v : a.getVehicles()) {
                String q = p + ".vehicle." + n++;
                out.text(q + ".label", v.getLabel());
                out.integer(q + ".count", v.getCount());
                out.decimal(q + ".value", v.getValue());
            }
            out.decimal(p + ".furniture_value", a.getFurnitureValue());
            out.decimal(p + ".other_assets_value", a.getOtherAssetsValue());
            largeEquipment(out, p + ".large_equipment", a.getLargeEquipment());
            a.getPlannedPurchases().ifPresent(pp -> {
                String q = p + ".planned_purchases";
                out.marker(q);
                out.bool(q + ".vehicle_funds_arranged", pp.isVehicleFundsArranged());
                out.decimal(q + ".vehicle_funds", pp.getVehicleFunds());
                out.integer(q + ".vehicle_count", pp.getVehicleCount());
                largeEquipment(out, q + ".large_equipment", pp.getLargeEquipment());
            });
        });
        m.getPerformanceSummary().ifPresent(s -> {
            String p = "other_matters.performance_summary";
            out.marker(p);
            out.constant(p + ".unit", s.getUnit());
            out.integer(p + ".overall_target_count", s.getOverallTargetCount());
            out.decimal(p + ".overall_target_amount", s.getOverallTargetAmount());
            out.integer(p + ".fiscal_project_count", s.getFiscalProjectCount());
            out.decimal(p + ".fiscal_project_amount", s.getFiscalProjectAmount());
            out.integer(p + ".non_fiscal_project_count", s.getNonFiscalProjectCount());
            out.decimal(p + ".non_fiscal_project_amount", s.getNonFiscalProjectAmount());
            out.text(p + ".note", s.getNote());
        });
        out.text("other_matters.other_notes", m.getOtherNotes());
    }

    private static void largeEquipment(FieldSink out, String path, Optional<LargeEquipmentCounts> counts) {
        counts.ifPresent(c -> {
            out.marker(path);
            out.integer(path + ".at_least_500_thousand", c.getAtLeast500Thousand());
            out.integer(path + ".at_least_1_million", c.getAtLeast1Million());
            out.text(path + ".measure_word", c.getMeasureWord());
        });
    }

    private static void overallTarget(FieldSink out, String p, OverallPerformanceTarget t) {
        out.text(p + ".entity_name", t.getEntityName());
        out.text(p + ".contact_person", t.getContactPerson());
        out.text(p + ".contact_phone", t.getContactPhone());
        out.text(p + ".annual_goals_text", t.getAnnualGoalsText());
        texts(out, p + ".annual_goal", t.getAnnualGoals());
        OverallFunding f = t.getFunding();
        out.constant(p + ".funding.unit", f.getUnit());
        out.decimal(p + ".funding.fiscal_from_higher_level", f.getFiscalFromHigherLevel());
        out.decimal(p + ".funding.fiscal_from_own_level", f.getFiscalFromOwnLevel());
        out.decimal(p + ".funding.other_funds", f.getOtherFunds());
        out.decimal(p + ".funding.total", f.getTotal());
        indicators(out, p, t.getIndicators());
    }

    private static void projectTarget(FieldSink out, String p, ProjectPerformanceTarget t) {
        out.text(p + ".budget_unit", t.getBudgetUnit());
        out.text(p + ".project_name", t.getProjectName());
        out.text(p + ".manager", t.getManager());
        ProjectFunding f = t.getFunding();
        out.constant(p + ".funding.unit", f.getUnit());
        out.decimal(p + ".funding.total", f.getTotal());
        out.decimal(p + ".funding.fiscal_appropriation", f.getFiscalAppropriation());
        out.decimal(p + ".funding.other_funds", f.getOtherFunds());
        out.text(p + ".overall_goal", t.getOverallGoal());
        indicators(out, p, t.getIndicators());
    }

    private static void indicators(FieldSink out, String p, List<PerformanceIndicator> indicators) {
        int n = 1;
        for (PerformanceIndicator i : indicators) {
            String q = p + ".indicator." + n++;
            out.text(q + ".first_level.printed_text", i.getFirstLevel().getPrintedText());
            out.constant(q + ".first_level.kind", i.getFirstLevel().getKind());
            out.text(q + ".second_level.printed_text", i.getSecondLevel().getPrintedText());
            out.constant(q + ".second_level.kind", i.getSecondLevel().getKind());
            out.text(q + ".name", i.getName());
            TargetValue v = i.getTarget();
            out.text(q + ".target.text", v.getText());
            out.text(q + ".target.normalized_text", v.getNormalizedText());
            out.constant(q + ".target.form", v.getForm());
            out.constant(q + ".target.comparator", v.getComparator());
            out.decimal(q + ".target.number", v.getNumber());
            out.text(q + ".target.unit", v.getUnit());
            out.bool(q + ".target.normalized", v.isNormalized());
            out.text(q + ".basis", i.getBasis());
            out.text(q + ".previous_year_value", i.getPreviousYearValue());
            out.decimal(q + ".weight", i.getWeight());
            out.text(q + ".scoring_rule", i.getScoringRule());
            out.text(q + ".evidence", i.getEvidence());
        }
    }

    /**
     * Reads the parts that are not tables into a disclosure builder; the caller calls {@link FieldSource#finish()}.
     *
     * @param in the fields
     * @param b the builder
     * @throws org.yusuan.io.ReadException on a missing, malformed or inconsistent field
     */
    public static void read(FieldSource in, ImmutableBudgetDisclosure.Builder b) {
        b.publicationDate(in.optDate("publication_date"));
        b.addAllSubUnits(texts(in, "sub_unit"));
        if (in.has("overview")) {
            b.overview(build(in, "overview", () -> overview(in)));
        }
        int count = in.count("narrative");
        for (int n = 1; n <= count; n++) {
            String p = "narrative." + n;
            b.addNarrativeSections(build(in, p, () -> NarrativeSection.builder()
                    .title(in.text(p, ".title")).text(in.text(p, ".text")).build()));
        }
        if (in.has("other_matters")) {
            b.otherMatters(build(in, "other_matters", () -> otherMatters(in)));
        }
        count = in.count("overall_target");
        for (int n = 1; n <= count; n++) {
            String p = "overall_target." + n;
            b.addOverallPerformanceTargets(build(in, p, () -> overallTarget(in, p)));
        }
        count = in.count("project_target");
        for (int n = 1; n <= count; n++) {
            String p = "project_target." + n;
            b.addProjectPerformanceTargets(build(in, p, () -> projectTarget(in, p)));
        }
    }

    private static <T> T build(FieldSource in, String path, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw in.invalid(path, e);
        }
    }

    private static List<String> texts(FieldSource in, String path) {
        int count = in.count(path);
        String[] values = new String[count];
        for (int n = 1; n <= count; n++) {
            values[n - 1] = in.text(path + "." + n);
        }
        return List.of(values);
    }

    private static Overview overview(FieldSource in) {
        var o = Overview.builder()
                .addAllMainFunctions(texts(in, "overview.main_function"))
                .internalStructure(in.optText("overview.internal_structure"))
                .addAllSubordinateUnits(texts(in, "overview.subordinate_unit"));
        if (in.has("overview.staffing")) {
            String p = "overview.staffing";
            o.staffing(build(in, p, () -> Staffing.builder()
                    .authorizedPosts(in.integer(p, ".authorized_posts"))
                    .actualHeadcount(in.integer(p, ".actual_headcount"))
                    .inService(staffChange(in, p + ".in_service"))
                    .retired(staffChange(in, p + ".retired"))
                    .veteranRetired(staffChange(in, p + ".veteran_retired"))
                    .build()));
        }
        return o.build();
    }

    private static Optional<StaffChange> staffChange(FieldSource in, String p) {
        if (!in.has(p)) {
            return Optional.empty();
        }
        return Optional.of(build(in, p, () -> StaffChange.builder()
                .count(in.integer(p, ".count")).change(in.optInteger(p, ".change")).build()));
    }

    private static OtherMatters otherMatters(FieldSource in) {
        var m = OtherMatters.builder();
        String rc = "other_matters.running_costs";
        if (in.has(rc)) {
            m.runningCosts(build(in, rc, () -> RunningCosts.builder()
                    .kind(in.constant(rc, ".kind", RunningCostKind.class))
                    .amount(in.decimal(rc, ".amount"))
                    .unit(in.constant(rc, ".unit", MoneyUnit.class))
                    .changeAmount(in.optDecimal(rc, ".change_amount"))
                    .changePercent(in.optDecimal(rc, ".change_percent"))
                    .reason(in.optText(rc, ".reason"))
                    .build()));
        }
        String gp = "other_matters.procurement";
        if (in.has(gp)) {
            m.procurement(build(in, gp, () -> GovernmentProcurement.builder()
                    .unit(in.constant(gp, ".unit", MoneyUnit.class))
                    .total(in.decimal(gp, ".total"))
                    .goods(in.optDecimal(gp, ".goods"))
                    .works(in.optDecimal(gp, ".works"))
                    .services(in.optDecimal(gp, ".services"))
                    .reservedForSmallAndMedium(in.optDecimal(gp, ".reserved_for_small_and_medium"))
                    .reservedForSmallAndMicro(in.optDecimal(gp, ".reserved_for_small_and_micro"))
                    .build()));
        }
        String sa = "other_matters.state_assets";
        if (in.has(sa)) {
            m.stateAssets(build(in, sa, () -> stateAssets(in, sa)));
        }
        String ps = "other_matters.performance_summary";
        if (in.has(ps)) {
            m.performanceSummary(build(in, ps, () -> PerformanceSummary.builder()
                    .unit(in.constant(ps, ".unit", MoneyUnit.class))
                    .overallTargetCount(in.integer(ps, ".overall_target_count"))
                    .overallTargetAmount(in.decimal(ps, ".overall_target_amount"))
                    .fiscalProjectCount(in.integer(ps, ".fiscal_project_count"))
                    .fiscalProjectAmount(in.decimal(ps, ".fiscal_project_amount"))
                    .nonFiscalProjectCount(in.integer(ps, ".non_fiscal_project_count"))
                    .nonFiscalProjectAmount(in.decimal(ps, ".non_fiscal_project_amount"))
                    .note(in.optText(ps, ".note"))
                    .build()));
        }
        m.otherNotes(in.optText("other_matters.other_notes"));
        return m.build();
    }

    private static StateAssets stateAssets(FieldSource in, String p) {
        var a = StateAssets.builder()
                .asOfText(in.optText(p, ".as_of_text"))
                .asOfDate(in.optDate(p, ".as_of_date"))
                .unit(in.constant(p, ".unit", MoneyUnit.class))
                .buildingArea(in.optDecimal(p, ".building_area"))
                .buildingValue(in.optDecimal(p, ".building_value"))
                .vehicleCount(in.optInteger(p, ".vehicle_count"))
                .vehicleValue(in.optDecimal(p, ".vehicle_value"));
        int count = in.count(p + ".vehicle");
        for (int n = 1; n <= count; n++) {
            String q = p + ".vehicle." + n;
            a.addVehicles(build(in, q, () -> VehicleHolding.builder()
                    .label(in.text(q, ".label"))
                    .count(in.integer(q, ".count"))
                    .value(in.optDecimal(q, ".value"))
                    .build()));
        }
        a.furnitureValue(in.optDecimal(p, ".furniture_value"))
                .otherAssetsValue(in.optDecimal(p, ".other_assets_value"))
                .largeEquipment(largeEquipment(in, p + ".large_equipment"));
        String q = p + ".planned_purchases";
        if (in.has(q)) {
            a.plannedPurchases(build(in, q, () -> PlannedAssetPurchases.builder()
                    .vehicleFundsArranged(in.bool(q, ".vehicle_funds_arranged"))
                    .vehicleFunds(in.optDecimal(q, ".vehicle_funds"))
                    .vehicleCount(in.optInteger(q, ".vehicle_count"))
                    .largeEquipment(largeEquipment(in, q + ".large_equipment"))
                    .build()));
        }
        return a.build();
    }

    private static Optional<LargeEquipmentCounts> largeEquipment(FieldSource in, String p) {
        if (!in.has(p)) {
            return Optional.empty();
        }
        return Optional.of(build(in, p, () -> LargeEquipmentCounts.builder()
                .atLeast500Thousand(in.integer(p, ".at_least_500_thousand"))
                .atLeast1Million(in.integer(p, ".at_least_1_million"))
                .measureWord(in.optText(p, ".measure_word"))
                .build()));
    }

    private static OverallPerformanceTarget overallTarget(FieldSource in, String p) {
        return OverallPerformanceTarget.builder()
                .entityName(in.text(p, ".entity_name"))
                .contactPerson(in.optText(p, ".contact_person"))
                .contactPhone(in.optText(p, ".contact_phone"))
                .annualGoalsText(in.text(p, ".annual_goals_text"))
                .addAllAnnualGoals(texts(in, p + ".annual_goal"))
                .funding(build(in, p + ".funding", () -> OverallFunding.builder()
                        .unit(in.constant(p, ".funding.unit", MoneyUnit.class))
                        .fiscalFromHigherLevel(in.decimal(p, ".funding.fiscal_from_higher_level"))
                        .fiscalFromOwnLevel(in.decimal(p, ".funding.fiscal_from_own_level"))
                        .otherFunds(in.decimal(p, ".funding.other_funds"))
                        .total(in.optDecimal(p, ".funding.total"))
                        .build()))
                .addAllIndicators(indicators(in, p))
                .build();
    }

    private static ProjectPerformanceTarget projectTarget(FieldSource in, String p) {
        return ProjectPerformanceTarget.builder()
                .budgetUnit(in.text(p, ".budget_unit"))
                .projectName(in.text(p, ".project_name"))
                .manager(in.optText(p, ".manager"))
                .funding(build(in, p + ".funding", () -> ProjectFunding.builder()
                        .unit(in.constant(p, ".funding.unit", MoneyUnit.class))
                        .total(in.decimal(p, ".funding.total"))
                        .fiscalAppropriation(in.decimal(p, ".funding.fiscal_appropriation"))
                        .otherFunds(in.decimal(p, ".funding.other_funds"))
                        .build()))
                .overallGoal(in.text(p, ".overall_goal"))
                .addAllIndicators(indicators(in, p))
                .build();
    }

    private static List<PerformanceIndicator> indicators(FieldSource in, String p) {
        int count = in.count(p + ".indicator");
        PerformanceIndicator[] result = new PerformanceIndicator[count];
        for (int n = 1; n <= count; n++) {
            String q = p + ".indicator." + n;
            result[n - 1] = build(in, q, () -> PerformanceIndicator.builder()
                    .firstLevel(build(in, q + ".first_level", () -> FirstLevelCategory.builder()
                            .printedText(in.text(q, ".first_level.printed_text"))
                            .kind(in.optConstant(q, ".first_level.kind", FirstLevelIndicatorKind.class))
                            .build()))
                    .secondLevel(build(in, q + ".second_level", () -> SecondLevelCategory.builder()
                            .printedText(in.text(q, ".second_level.printed_text"))
                            .kind(in.optConstant(q, ".second_level.kind", SecondLevelIndicatorKind.class))
                            .build()))
                    .name(in.text(q, ".name"))
                    .target(build(in, q + ".target", () -> TargetValue.builder()
                            .text(in.text(q, ".target.text"))
                            .normalizedText(in.text(q, ".target.normalized_text"))
                            .form(in.constant(q, ".target.form", TargetForm.class))
                            .comparator(in.optConstant(q, ".target.comparator", TargetComparator.class))
                            .number(in.optDecimal(q, ".target.number"))
                            .unit(in.optText(q, ".target.unit"))
                            .normalized(in.bool(q, ".target.normalized"))
                            .build()))
                    .basis(in.optText(q, ".basis"))
                    .previousYearValue(in.optText(q, ".previous_year_value"))
                    .weight(in.optDecimal(q, ".weight"))
                    .scoringRule(in.optText(q, ".scoring_rule"))
                    .evidence(in.optText(q, ".evidence"))
                    .build());
        }
        return List.of(result);
    }
}
