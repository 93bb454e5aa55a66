package org.yusuan.io.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
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

    /** The constants of each enum, in declaration order (getEnumConstants() copies them on every call). */
    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    /** The field names of the format, each encoded once; a few hundred at most. */
    private static final ConcurrentMap<String, SerializableString> NAMES = new ConcurrentHashMap<>();

    /** The keys of each amount column enum, by ordinal. */
    private static final ClassValue<SerializableString[]> COLUMN_NAMES = new ClassValue<>() {
        @Override
        protected SerializableString[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            SerializableString[] names = new SerializableString[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = new SerializedString(JsonNames.camelCase((Enum<?>) constants[i]));
            }
            return names;
        }
    };

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

    /**
     * Whether {@link #write(BudgetDisclosure, JsonGenerator)} writes a disclosure without refusing any of its decimals:
     * when true, the document can be streamed straight to its target, as nothing will stop it half way; when false,
     * writing it throws, naming the decimal (so write it to memory first). Visits every decimal the writer writes.
     *
     * @param d the disclosure, not null
     * @return whether every decimal is within the format's limits
     */
    public static boolean isWritable(BudgetDisclosure d) {
        return allDecimals(d, DisclosureJsonWriter::ok);
    }

    /**
     * Whether a test holds for every decimal the writer writes of a disclosure (stops at the first that fails).
     *
     * @param d the disclosure, not null
     * @param ok the test, not null
     * @return whether it holds for all
     */
    static boolean allDecimals(BudgetDisclosure d, Predicate<BigDecimal> ok) {
        for (TableKind kind : TableKind.values()) {
            Optional<BudgetTable> table = d.table(kind);
            if (table.isPresent() && !isWritable(table.get(), ok)) {
                return false;
            }
        }
        if (d.getOtherMatters().isPresent() && !isWritable(d.getOtherMatters().get(), ok)) {
            return false;
        }
        for (OverallPerformanceTarget t : d.getOverallPerformanceTargets()) {
            OverallFunding f = t.getFunding();
            if (!ok.test(f.getFiscalFromHigherLevel()) || !ok.test(f.getFiscalFromOwnLevel())
                    || !ok.test(f.getOtherFunds()) || !ok(f.getTotal(), ok) || !areWritable(t.getIndicators(), ok)) {
                return false;
            }
        }
        for (ProjectPerformanceTarget t : d.getProjectPerformanceTargets()) {
            ProjectFunding f = t.getFunding();
            if (!ok.test(f.getTotal()) || !ok.test(f.getFiscalAppropriation()) || !ok.test(f.getOtherFunds())
                    || !areWritable(t.getIndicators(), ok)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWritable(BudgetTable table, Predicate<BigDecimal> ok) {
        if (table instanceof RevenueExpenditureSummary t) {
            return isWritable(t.getIncomeLines(), ok) && isWritable(t.getIncomeTotal(), ok)
                    && isWritable(t.getExpenditureLines(), ok) && isWritable(t.getExpenditureTotal(), ok);
        } else if (table instanceof FiscalAppropriationSummary t) {
            return isWritable(t.getIncomeLines(), ok) && isWritable(t.getIncomeTotal(), ok)
                    && isWritable(t.getExpenditureLines(), ok) && isWritable(t.getExpenditureTotal(), ok);
        } else if (table instanceof RowTable<?, ?> t) {
            return isWritable(t.getRows(), ok) && isWritable(t.getTotals(), ok);
        }
        return false;
    }

    private static boolean isWritable(List<? extends TableRow<?>> rows, Predicate<BigDecimal> ok) {
        for (TableRow<?> row : rows) {
            for (BigDecimal amount : row.getAmounts().values()) {
                if (!ok.test(amount)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isWritable(Optional<? extends TableRow<?>> row, Predicate<BigDecimal> ok) {
        return row.isEmpty() || isWritable(List.of(row.get()), ok);
    }

    private static boolean isWritable(OtherMatters m, Predicate<BigDecimal> ok) {
        if (m.getRunningCosts().isPresent()) {
            RunningCosts r = m.getRunningCosts().get();
            if (!ok.test(r.getAmount()) || !ok(r.getChangeAmount(), ok) || !ok(r.getChangePercent(), ok)) {
                return false;
            }
        }
        if (m.getProcurement().isPresent()) {
            GovernmentProcurement p = m.getProcurement().get();
            if (!ok.test(p.getTotal()) || !ok(p.getGoods(), ok) || !ok(p.getWorks(), ok) || !ok(p.getServices(), ok)
                    || !ok(p.getReservedForSmallAndMedium(), ok) || !ok(p.getReservedForSmallAndMicro(), ok)) {
                return false;
            }
        }
        if (m.getStateAssets().isPresent()) {
            StateAssets a = m.getStateAssets().get();
            if (!ok(a.getBuildingArea(), ok) || !ok(a.getBuildingValue(), ok) || !ok(a.getVehicleValue(), ok)
                    || !ok(a.getFurnitureValue(), ok) || !ok(a.getOtherAssetsValue(), ok)) {
                return false;
            }
            for (VehicleHolding v : a.getVehicles()) {
                if (!ok(v.getValue(), ok)) {
                    return false;
                }
            }
            if (a.getPlannedPurchases().isPresent() && !ok(a.getPlannedPurchases().get().getVehicleFunds(), ok)) {
                return false;
            }
        }
        if (m.getPerformanceSummary().isPresent()) {
            PerformanceSummary p = m.getPerformanceSummary().get();
            return ok.test(p.getOverallTargetAmount()) && ok.test(p.getFiscalProjectAmount())
                    && ok.test(p.getNonFiscalProjectAmount());
        }
        return true;
    }

    private static boolean areWritable(List<PerformanceIndicator> indicators, Predicate<BigDecimal> ok) {
        for (PerformanceIndicator i : indicators) {
            if (!ok(i.getTarget().getNumber(), ok) || !ok(i.getWeight(), ok)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ok(Optional<BigDecimal> value, Predicate<BigDecimal> ok) {
        return value.isEmpty() || ok.test(value.get());
    }

    private static boolean ok(BigDecimal value) {
        return Decimals.problemWithValue(value) == null;
    }

    private void disclosure(BudgetDisclosure d) throws IOException {
        out.writeStartObject();
        stringField("format", JsonNames.FORMAT);
        numberField("version", JsonNames.VERSION);
        stringField("entityName", d.getEntityName());
        stringField("entityKind", d.getEntityKind().name());
        numberField("fiscalYear", d.getFiscalYear());
        if (d.getPublicationDate().isPresent()) {
            stringField("publicationDate", d.getPublicationDate().get().toString());
        }
        strings("subUnits", d.getSubUnits());
        if (d.getOverview().isPresent()) {
            field("overview");
            overview(d.getOverview().get());
        }
        objectField("tables");
        for (TableKind kind : TableKind.values()) {
            Optional<BudgetTable> table = d.table(kind);
            if (table.isPresent()) {
                field(JsonNames.tableKey(kind));
                table(table.get());
            }
        }
        out.writeEndObject();
        arrayField("narrativeSections");
        for (NarrativeSection section : d.getNarrativeSections()) {
            out.writeStartObject();
            stringField("title", section.getTitle());
            stringField("text", section.getText());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (d.getOtherMatters().isPresent()) {
            field("otherMatters");
            otherMatters(d.getOtherMatters().get());
        }
        arrayField("overallPerformanceTargets");
        for (OverallPerformanceTarget target : d.getOverallPerformanceTargets()) {
            overallTarget(target);
        }
        out.writeEndArray();
        arrayField("projectPerformanceTargets");
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
            objectField("staffing");
            numberField("authorizedPosts", s.getAuthorizedPosts());
            numberField("actualHeadcount", s.getActualHeadcount());
            staffChange("inService", s.getInService());
            staffChange("retired", s.getRetired());
            staffChange("veteranRetired", s.getVeteranRetired());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private void staffChange(String name, Optional<StaffChange> change) throws IOException {
        if (change.isPresent()) {
            objectField(name);
            numberField("count", change.get().getCount());
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
        arrayField(name);
        for (TableRow<?> row : rows) {
            row(row);
        }
        out.writeEndArray();
    }

    private void totals(String name, Optional<? extends TotalsRow<?>> totals) throws IOException {
        if (totals.isPresent()) {
            field(name);
            row(totals.get());
        }
    }

    private void row(TableRow<?> row) throws IOException {
        out.writeStartObject();
        if (row instanceof ProjectExpenditureRow p) {
            stringField("rowKind", p.getRowKind().name());
        }
        if (row instanceof SummaryIncomeLine line && line.getItem().isPresent()) {
            stringField("item", line.getItem().get().name());
        } else if (row instanceof FiscalIncomeLine line && line.getItem().isPresent()) {
            stringField("item", line.getItem().get().name());
        } else if (row instanceof ThreePublicExpenseRow line && line.getItem().isPresent()) {
            stringField("item", line.getItem().get().name());
        }
        if (row.classificationCode().isPresent()) {
            stringField("code", row.classificationCode().get().digits());
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
        objectField("amounts");
        if (!amounts.isEmpty()) {
            // Columns in their template order, whatever the map's order.
            Enum<?> any = amounts.keySet().iterator().next();
            for (Object column : CONSTANTS.get(any.getDeclaringClass())) {
                BigDecimal amount = amounts.get(column);
                if (amount != null) {
                    decimal(COLUMN_NAMES.get(any.getDeclaringClass())[((Enum<?>) column).ordinal()], amount);
                }
            }
        }
        out.writeEndObject();
    }

    private void otherMatters(OtherMatters m) throws IOException {
        out.writeStartObject();
        if (m.getRunningCosts().isPresent()) {
            RunningCosts r = m.getRunningCosts().get();
            objectField("runningCosts");
            stringField("kind", r.getKind().name());
            unit("unit", r.getUnit());
            decimal("amount", r.getAmount());
            optionalDecimal("changeAmount", r.getChangeAmount());
            optionalDecimal("changePercent", r.getChangePercent());
            optionalString("reason", r.getReason());
            out.writeEndObject();
        }
        if (m.getProcurement().isPresent()) {
            GovernmentProcurement p = m.getProcurement().get();
            objectField("procurement");
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
            objectField("stateAssets");
            optionalString("asOfText", a.getAsOfText());
            if (a.getAsOfDate().isPresent()) {
                stringField("asOfDate", a.getAsOfDate().get().toString());
            }
            unit("unit", a.getUnit());
            optionalDecimal("buildingArea", a.getBuildingArea());
            optionalDecimal("buildingValue", a.getBuildingValue());
            optionalInteger("vehicleCount", a.getVehicleCount());
            optionalDecimal("vehicleValue", a.getVehicleValue());
            arrayField("vehicles");
            for (VehicleHolding v : a.getVehicles()) {
                out.writeStartObject();
                stringField("label", v.getLabel());
                numberField("count", v.getCount());
                optionalDecimal("value", v.getValue());
                out.writeEndObject();
            }
            out.writeEndArray();
            optionalDecimal("furnitureValue", a.getFurnitureValue());
            optionalDecimal("otherAssetsValue", a.getOtherAssetsValue());
            largeEquipment(a.getLargeEquipment());
            if (a.getPlannedPurchases().isPresent()) {
                PlannedAssetPurchases p = a.getPlannedPurchases().get();
                objectField("plannedPurchases");
                booleanField("vehicleFundsArranged", p.isVehicleFundsArranged());
                optionalDecimal("vehicleFunds", p.getVehicleFunds());
                optionalInteger("vehicleCount", p.getVehicleCount());
                largeEquipment(p.getLargeEquipment());
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        if (m.getPerformanceSummary().isPresent()) {
            PerformanceSummary p = m.getPerformanceSummary().get();
            objectField("performanceSummary");
            unit("unit", p.getUnit());
            numberField("overallTargetCount", p.getOverallTargetCount());
            decimal("overallTargetAmount", p.getOverallTargetAmount());
            numberField("fiscalProjectCount", p.getFiscalProjectCount());
            decimal("fiscalProjectAmount", p.getFiscalProjectAmount());
            numberField("nonFiscalProjectCount", p.getNonFiscalProjectCount());
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
            objectField("largeEquipment");
            numberField("atLeast500Thousand", c.getAtLeast500Thousand());
            numberField("atLeast1Million", c.getAtLeast1Million());
            optionalString("measureWord", c.getMeasureWord());
            out.writeEndObject();
        }
    }

    private void overallTarget(OverallPerformanceTarget t) throws IOException {
        out.writeStartObject();
        stringField("entityName", t.getEntityName());
        optionalString("contactPerson", t.getContactPerson());
        optionalString("contactPhone", t.getContactPhone());
        stringField("annualGoalsText", t.getAnnualGoalsText());
        strings("annualGoals", t.getAnnualGoals());
        OverallFunding f = t.getFunding();
        objectField("funding");
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
        stringField("budgetUnit", t.getBudgetUnit());
        stringField("projectName", t.getProjectName());
        optionalString("manager", t.getManager());
        ProjectFunding f = t.getFunding();
        objectField("funding");
        unit("unit", f.getUnit());
        decimal("total", f.getTotal());
        decimal("fiscalAppropriation", f.getFiscalAppropriation());
        decimal("otherFunds", f.getOtherFunds());
        out.writeEndObject();
        stringField("overallGoal", t.getOverallGoal());
        indicators(t.getIndicators());
        out.writeEndObject();
    }

    private void indicators(List<PerformanceIndicator> indicators) throws IOException {
        arrayField("indicators");
        for (PerformanceIndicator i : indicators) {
            out.writeStartObject();
            FirstLevelCategory first = i.getFirstLevel();
            objectField("firstLevel");
            stringField("printedText", first.getPrintedText());
            if (first.getKind().isPresent()) {
                stringField("kind", first.getKind().get().name());
            }
            out.writeEndObject();
            SecondLevelCategory second = i.getSecondLevel();
            objectField("secondLevel");
            stringField("printedText", second.getPrintedText());
            if (second.getKind().isPresent()) {
                stringField("kind", second.getKind().get().name());
            }
            out.writeEndObject();
            stringField("name", i.getName());
            TargetValue v = i.getTarget();
            objectField("target");
            stringField("text", v.getText());
            stringField("normalizedText", v.getNormalizedText());
            booleanField("normalized", v.isNormalized());
            stringField("form", v.getForm().name());
            if (v.getComparator().isPresent()) {
                stringField("comparator", v.getComparator().get().name());
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
        arrayField(name);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private void optionalString(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            stringField(name, value.get());
        }
    }

    private void optionalInteger(String name, Optional<Integer> value) throws IOException {
        if (value.isPresent()) {
            numberField(name, value.get().intValue());
        }
    }

    private void unit(String name, MoneyUnit unit) throws IOException {
        stringField(name, JsonNames.unit(unit));
    }

    private void optionalDecimal(String name, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            decimal(name, value.get());
        }
    }

    private void decimal(String name, BigDecimal value) throws IOException {
        decimal(name(name), value);
    }

    private void decimal(SerializableString name, BigDecimal value) throws IOException {
        String problem = Decimals.problemWithValue(value);
        if (problem != null) {
            throw new IllegalArgumentException("cannot write " + out.getOutputContext().pathAsPointer() + "/"
                    + name.getValue() + ": " + problem + "; the JSON format allows " + Decimals.EXPECTED);
        }
        out.writeFieldName(name);
        // Raw plain text: never 1E+3, never a double, scale kept (7.80 stays 7.80).
        out.writeNumber(Decimals.plain(value));
    }

    // Field names are written from their UTF-8 bytes, encoded once (as Jackson's data binding does).

    private void field(String name) throws IOException {
        out.writeFieldName(name(name));
    }

    private void stringField(String name, String value) throws IOException {
        field(name);
        out.writeString(value);
    }

    private void numberField(String name, int value) throws IOException {
        field(name);
        out.writeNumber(value);
    }

    private void booleanField(String name, boolean value) throws IOException {
        field(name);
        out.writeBoolean(value);
    }

    private void objectField(String name) throws IOException {
        field(name);
        out.writeStartObject();
    }

    private void arrayField(String name) throws IOException {
        field(name);
        out.writeStartArray();
    }

    private static SerializableString name(String name) {
        SerializableString serialized = NAMES.get(name);
        if (serialized == null) {
            serialized = new SerializedString(name);
            NAMES.putIfAbsent(name, serialized);
        }
        return serialized;
    }
}
