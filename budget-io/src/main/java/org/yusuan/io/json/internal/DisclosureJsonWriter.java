package org.yusuan.io.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.model.BudgetDisclosure;
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
import org.yusuan.model.matters.RunningCosts;
import org.yusuan.model.matters.StateAssets;
import org.yusuan.model.matters.VehicleHolding;
import org.yusuan.model.performance.FirstLevelCategory;
import org.yusuan.model.performance.OverallFunding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.performance.SecondLevelCategory;
import org.yusuan.model.performance.TargetValue;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.FiscalIncomeLine;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.RowTable;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.TotalsRow;

/**
 * Writes one disclosure as a JSON document of format {@value JsonNames#FORMAT}, version {@value JsonNames#VERSION},
 * to a {@link JsonGenerator}: explicit, field by field, in a fixed order. Empty optional values are left out; lists
 * are always written; amounts are written in plain notation with their scale.
 */
public final class DisclosureJsonWriter {

    private final JsonGenerator out;

    private DisclosureJsonWriter(JsonGenerator out) {
        this.out = out;
    }

    /**
     * Writes a disclosure as one JSON object.
     *
     * @param disclosure the disclosure, not null
     * @param out the generator, not null; not closed
     * @throws IOException if the generator fails
     * @throws IllegalArgumentException if an amount is beyond the format's limits ({@link Decimals})
     */
    public static void write(BudgetDisclosure disclosure, JsonGenerator out) throws IOException {
        new DisclosureJsonWriter(out).disclosure(disclosure);
    }

    private void disclosure(BudgetDisclosure d) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", JsonNames.FORMAT);
        out.writeNumberField("version", JsonNames.VERSION);
        out.writeStringField("entityName", d.getEntityName());
        out.writeStringField("entityKind", d.getEntityKind().name());
        out.writeNumberField("fiscalYear", d.getFiscalYear());
        if (d.getPublicationDate().isPresent()) {
            out.writeStringField("publicationDate", d.getPublicationDate().get().toString());
        }
        strings("subUnits", d.getSubUnits());
        if (d.getOverview().isPresent()) {
            out.writeFieldName("overview");
            overview(d.getOverview().get());
        }
        out.writeObjectFieldStart("tables");
        for (TableKind kind : TableKind.values()) {
            Optional<BudgetTable> table = d.table(kind);
            if (table.isPresent()) {
                out.writeFieldName(JsonNames.tableKey(kind));
                table(table.get());
            }
        }
        out.writeEndObject();
        out.writeArrayFieldStart("narrativeSections");
        for (NarrativeSection section : d.getNarrativeSections()) {
            out.writeStartObject();
            out.writeStringField("title", section.getTitle());
            out.writeStringField("text", section.getText());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (d.getOtherMatters().isPresent()) {
            out.writeFieldName("otherMatters");
            otherMatters(d.getOtherMatters().get());
        }
        out.writeArrayFieldStart("overallPerformanceTargets");
        for (OverallPerformanceTarget target : d.getOverallPerformanceTargets()) {
            overallTarget(target);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("projectPerformanceTargets");
        for (ProjectPerformanceTarget target : d.getProjectPerformanceTargets()) {
            projectTarget(target);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void overview(Overview o) throws IOException {
        out.writeStartObject();
        strings("mainFunctions", o.getMainFunctions());
        optionalString("internalStructure", o.getInternalStructure());
        strings("subordinateUnits", o.getSubordinateUnits());
        if (o.getStaffing().isPresent()) {
            Staffing s = o.getStaffing().get();
            out.writeObjectFieldStart("staffing");
            out.writeNumberField("authorizedPosts", s.getAuthorizedPosts());
            out.writeNumberField("actualHeadcount", s.getActualHeadcount());
            staffChange("inService", s.getInService());
            staffChange("retired", s.getRetired());
            staffChange("veteranRetired", s.getVeteranRetired());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private void staffChange(String name, Optional<StaffChange> change) throws IOException {
        if (change.isPresent()) {
            out.writeObjectFieldStart(name);
            out.writeNumberField("count", change.get().getCount());
            optionalInteger("change", change.get().getChange());
            out.writeEndObject();
        }
    }

    private void table(BudgetTable table) throws IOException {
        out.writeStartObject();
        unit("unit", table.getUnit());
        optionalString("emptyNote", table.getEmptyNote());
        if (table instanceof RevenueExpenditureSummary t) {
            rows("incomeLines", t.getIncomeLines());
            totals("incomeTotal", t.getIncomeTotal());
            rows("expenditureLines", t.getExpenditureLines());
            totals("expenditureTotal", t.getExpenditureTotal());
        } else if (table instanceof FiscalAppropriationSummary t) {
            rows("incomeLines", t.getIncomeLines());
            totals("incomeTotal", t.getIncomeTotal());
            rows("expenditureLines", t.getExpenditureLines());
            totals("expenditureTotal", t.getExpenditureTotal());
        } else if (table instanceof RowTable<?, ?> t) {
            rows("rows", t.getRows());
            totals("totals", t.getTotals());
        } else {
            throw new IllegalArgumentException("unknown table type " + table.getClass().getName());
        }
        out.writeEndObject();
    }

    private void rows(String name, List<? extends TableRow<?>> rows) throws IOException {
        out.writeArrayFieldStart(name);
        for (TableRow<?> row : rows) {
            row(row);
        }
        out.writeEndArray();
    }

    private void totals(String name, Optional<? extends TotalsRow<?>> totals) throws IOException {
        if (totals.isPresent()) {
            out.writeFieldName(name);
            row(totals.get());
        }
    }

    private void row(TableRow<?> row) throws IOException {
        out.writeStartObject();
        if (row instanceof ProjectExpenditureRow p) {
            out.writeStringField("rowKind", p.getRowKind().name());
        }
        if (row instanceof SummaryIncomeLine line && line.getItem().isPresent()) {
            out.writeStringField("item", line.getItem().get().name());
        } else if (row instanceof FiscalIncomeLine line && line.getItem().isPresent()) {
            out.writeStringField("item", line.getItem().get().name());
        } else if (row instanceof ThreePublicExpenseRow line && line.getItem().isPresent()) {
            out.writeStringField("item", line.getItem().get().name());
        }
        if (row.classificationCode().isPresent()) {
            out.writeStringField("code", row.classificationCode().get().digits());
        }
        optionalString("name", row.getName());
        if (row instanceof ProjectExpenditureRow p) {
            optionalString("projectName", p.getProjectName());
            optionalString("subUnit", p.getSubUnit());
        }
        amounts(row.getAmounts());
        out.writeEndObject();
    }

    private void amounts(Map<? extends Enum<?>, BigDecimal> amounts) throws IOException {
        out.writeObjectFieldStart("amounts");
        if (!amounts.isEmpty()) {
            // Columns in their template order, whatever the map's order.
            Enum<?> any = amounts.keySet().iterator().next();
            for (Object column : any.getDeclaringClass().getEnumConstants()) {
                BigDecimal amount = amounts.get(column);
                if (amount != null) {
                    decimal(JsonNames.camelCase((Enum<?>) column), amount);
                }
            }
        }
        out.writeEndObject();
    }

    private void otherMatters(OtherMatters m) throws IOException {
        out.writeStartObject();
        if (m.getRunningCosts().isPresent()) {
            RunningCosts r = m.getRunningCosts().get();
            out.writeObjectFieldStart("runningCosts");
            out.writeStringField("kind", r.getKind().name());
            unit("unit", r.getUnit());
            decimal("amount", r.getAmount());
            optionalDecimal("changeAmount", r.getChangeAmount());
            optionalDecimal("changePercent", r.getChangePercent());
            optionalString("reason", r.getReason());
            out.writeEndObject();
        }
        if (m.getProcurement().isPresent()) {
            GovernmentProcurement p = m.getProcurement().get();
            out.writeObjectFieldStart("procurement");
            unit("unit", p.getUnit());
            decimal("total", p.getTotal());
            optionalDecimal("goods", p.getGoods());
            optionalDecimal("works", p.getWorks());
            optionalDecimal("services", p.getServices());
            optionalDecimal("reservedForSmallAndMedium", p.getReservedForSmallAndMedium());
            optionalDecimal("reservedForSmallAndMicro", p.getReservedForSmallAndMicro());
            out.writeEndObject();
        }
        if (m.getStateAssets().isPresent()) {
            StateAssets a = m.getStateAssets().get();
            out.writeObjectFieldStart("stateAssets");
            optionalString("asOfText", a.getAsOfText());
            if (a.getAsOfDate().isPresent()) {
                out.writeStringField("asOfDate", a.getAsOfDate().get().toString());
            }
            unit("unit", a.getUnit());
            optionalDecimal("buildingArea", a.getBuildingArea());
            optionalDecimal("buildingValue", a.getBuildingValue());
            optionalInteger("vehicleCount", a.getVehicleCount());
            optionalDecimal("vehicleValue", a.getVehicleValue());
            out.writeArrayFieldStart("vehicles");
            for (VehicleHolding v : a.getVehicles()) {
                out.writeStartObject();
                out.writeStringField("label", v.getLabel());
                out.writeNumberField("count", v.getCount());
                optionalDecimal("value", v.getValue());
                out.writeEndObject();
            }
            out.writeEndArray();
            optionalDecimal("furnitureValue", a.getFurnitureValue());
            optionalDecimal("otherAssetsValue", a.getOtherAssetsValue());
            largeEquipment(a.getLargeEquipment());
            if (a.getPlannedPurchases().isPresent()) {
                PlannedAssetPurchases p = a.getPlannedPurchases().get();
                out.writeObjectFieldStart("plannedPurchases");
                out.writeBooleanField("vehicleFundsArranged", p.isVehicleFundsArranged());
                optionalDecimal("vehicleFunds", p.getVehicleFunds());
                optionalInteger("vehicleCount", p.getVehicleCount());
                largeEquipment(p.getLargeEquipment());
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        if (m.getPerformanceSummary().isPresent()) {
            PerformanceSummary p = m.getPerformanceSummary().get();
            out.writeObjectFieldStart("performanceSummary");
            unit("unit", p.getUnit());
            out.writeNumberField("overallTargetCount", p.getOverallTargetCount());
            decimal("overallTargetAmount", p.getOverallTargetAmount());
            out.writeNumberField("fiscalProjectCount", p.getFiscalProjectCount());
            decimal("fiscalProjectAmount", p.getFiscalProjectAmount());
            out.writeNumberField("nonFiscalProjectCount", p.getNonFiscalProjectCount());
            decimal("nonFiscalProjectAmount", p.getNonFiscalProjectAmount());
            optionalString("note", p.getNote());
            out.writeEndObject();
        }
        optionalString("otherNotes", m.getOtherNotes());
        out.writeEndObject();
    }

    private void largeEquipment(Optional<LargeEquipmentCounts> counts) throws IOException {
        if (counts.isPresent()) {
            LargeEquipmentCounts c = counts.get();
            out.writeObjectFieldStart("largeEquipment");
            out.writeNumberField("atLeast500Thousand", c.getAtLeast500Thousand());
            out.writeNumberField("atLeast1Million", c.getAtLeast1Million());
            optionalString("measureWord", c.getMeasureWord());
            out.writeEndObject();
        }
    }

    private void overallTarget(OverallPerformanceTarget t) throws IOException {
        out.writeStartObject();
        out.writeStringField("entityName", t.getEntityName());
        optionalString("contactPerson", t.getContactPerson());
        optionalString("contactPhone", t.getContactPhone());
        out.writeStringField("annualGoalsText", t.getAnnualGoalsText());
        strings("annualGoals", t.getAnnualGoals());
        OverallFunding f = t.getFunding();
        out.writeObjectFieldStart("funding");
        unit("unit", f.getUnit());
        decimal("fiscalFromHigherLevel", f.getFiscalFromHigherLevel());
        decimal("fiscalFromOwnLevel", f.getFiscalFromOwnLevel());
        decimal("otherFunds", f.getOtherFunds());
        optionalDecimal("total", f.getTotal());
        out.writeEndObject();
        indicators(t.getIndicators());
        out.writeEndObject();
    }

    private void projectTarget(ProjectPerformanceTarget t) throws IOException {
        out.writeStartObject();
        out.writeStringField("budgetUnit", t.getBudgetUnit());
        out.writeStringField("projectName", t.getProjectName());
        optionalString("manager", t.getManager());
        ProjectFunding f = t.getFunding();
        out.writeObjectFieldStart("funding");
        unit("unit", f.getUnit());
        decimal("total", f.getTotal());
        decimal("fiscalAppropriation", f.getFiscalAppropriation());
        decimal("otherFunds", f.getOtherFunds());
        out.writeEndObject();
        out.writeStringField("overallGoal", t.getOverallGoal());
        indicators(t.getIndicators());
        out.writeEndObject();
    }

    private void indicators(List<PerformanceIndicator> indicators) throws IOException {
        out.writeArrayFieldStart("indicators");
        for (PerformanceIndicator i : indicators) {
            out.writeStartObject();
            FirstLevelCategory first = i.getFirstLevel();
            out.writeObjectFieldStart("firstLevel");
            out.writeStringField("printedText", first.getPrintedText());
            if (first.getKind().isPresent()) {
                out.writeStringField("kind", first.getKind().get().name());
            }
            out.writeEndObject();
            SecondLevelCategory second = i.getSecondLevel();
            out.writeObjectFieldStart("secondLevel");
            out.writeStringField("printedText", second.getPrintedText());
            if (second.getKind().isPresent()) {
                out.writeStringField("kind", second.getKind().get().name());
            }
            out.writeEndObject();
            out.writeStringField("name", i.getName());
            TargetValue v = i.getTarget();
            out.writeObjectFieldStart("target");
            out.writeStringField("text", v.getText());
            out.writeStringField("normalizedText", v.getNormalizedText());
            out.writeBooleanField("normalized", v.isNormalized());
            out.writeStringField("form", v.getForm().name());
            if (v.getComparator().isPresent()) {
                out.writeStringField("comparator", v.getComparator().get().name());
            }
            optionalDecimal("number", v.getNumber());
            optionalString("unit", v.getUnit());
            out.writeEndObject();
            optionalString("basis", i.getBasis());
            optionalString("previousYearValue", i.getPreviousYearValue());
            optionalDecimal("weight", i.getWeight());
            optionalString("scoringRule", i.getScoringRule());
            optionalString("evidence", i.getEvidence());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private void strings(String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private void optionalString(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            out.writeStringField(name, value.get());
        }
    }

    private void optionalInteger(String name, Optional<Integer> value) throws IOException {
        if (value.isPresent()) {
            out.writeNumberField(name, value.get().intValue());
        }
    }

    private void unit(String name, MoneyUnit unit) throws IOException {
        out.writeStringField(name, JsonNames.unit(unit));
    }

    private void optionalDecimal(String name, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            decimal(name, value.get());
        }
    }

    private void decimal(String name, BigDecimal value) throws IOException {
        String problem = Decimals.problemWithValue(value);
        if (problem != null) {
            throw new IllegalArgumentException("cannot write " + out.getOutputContext().pathAsPointer() + "/" + name
                    + ": " + problem + "; the JSON format allows " + Decimals.EXPECTED);
        }
        out.writeFieldName(name);
        // Raw plain text: never 1E+3, never a double, scale kept (7.80 stays 7.80).
        out.writeNumber(Decimals.plain(value));
    }
}
