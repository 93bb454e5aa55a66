package org.yusuan.io.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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

    /** The key of each table under {@code tables}, by the ordinal of its kind. */
    private static final SerializableString[] TABLE_KEYS = tableKeys();

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

    // The field names, each encoded to UTF-8 once (as Jackson's data binding does), in the order of first use.
    private static final SerializableString FORMAT = new SerializedString("format");
    private static final SerializableString VERSION = new SerializedString("version");
    private static final SerializableString ENTITY_NAME = new SerializedString("entityName");
    private static final SerializableString ENTITY_KIND = new SerializedString("entityKind");
    private static final SerializableString FISCAL_YEAR = new SerializedString("fiscalYear");
    private static final SerializableString PUBLICATION_DATE = new SerializedString("publicationDate");
    private static final SerializableString SUB_UNITS = new SerializedString("subUnits");
    private static final SerializableString OVERVIEW = new SerializedString("overview");
    private static final SerializableString TABLES = new SerializedString("tables");
    private static final SerializableString NARRATIVE_SECTIONS = new SerializedString("narrativeSections");
    private static final SerializableString TITLE = new SerializedString("title");
    private static final SerializableString TEXT = new SerializedString("text");
    private static final SerializableString OTHER_MATTERS = new SerializedString("otherMatters");
    private static final SerializableString OVERALL_PERFORMANCE_TARGETS =
            new SerializedString("overallPerformanceTargets");
    private static final SerializableString PROJECT_PERFORMANCE_TARGETS =
            new SerializedString("projectPerformanceTargets");
    private static final SerializableString MAIN_FUNCTIONS = new SerializedString("mainFunctions");
    private static final SerializableString INTERNAL_STRUCTURE = new SerializedString("internalStructure");
    private static final SerializableString SUBORDINATE_UNITS = new SerializedString("subordinateUnits");
    private static final SerializableString STAFFING = new SerializedString("staffing");
    private static final SerializableString AUTHORIZED_POSTS = new SerializedString("authorizedPosts");
    private static final SerializableString ACTUAL_HEADCOUNT = new SerializedString("actualHeadcount");
    private static final SerializableString IN_SERVICE = new SerializedString("inService");
    private static final SerializableString RETIRED = new SerializedString("retired");
    private static final SerializableString VETERAN_RETIRED = new SerializedString("veteranRetired");
    private static final SerializableString COUNT = new SerializedString("count");
    private static final SerializableString CHANGE = new SerializedString("change");
    private static final SerializableString UNIT = new SerializedString("unit");
    private static final SerializableString EMPTY_NOTE = new SerializedString("emptyNote");
    private static final SerializableString INCOME_LINES = new SerializedString("incomeLines");
    private static final SerializableString INCOME_TOTAL = new SerializedString("incomeTotal");
    private static final SerializableString EXPENDITURE_LINES = new SerializedString("expenditureLines");
    private static final SerializableString EXPENDITURE_TOTAL = new SerializedString("expenditureTotal");
    private static final SerializableString ROWS = new SerializedString("rows");
    private static final SerializableString TOTALS = new SerializedString("totals");
    private static final SerializableString ROW_KIND = new SerializedString("rowKind");
    private static final SerializableString ITEM = new SerializedString("item");
    private static final SerializableString CODE = new SerializedString("code");
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString PROJECT_NAME = new SerializedString("projectName");
    private static final SerializableString SUB_UNIT = new SerializedString("subUnit");
    private static final SerializableString AMOUNTS = new SerializedString("amounts");
    private static final SerializableString RUNNING_COSTS = new SerializedString("runningCosts");
    private static final SerializableString KIND = new SerializedString("kind");
    private static final SerializableString AMOUNT = new SerializedString("amount");
    private static final SerializableString CHANGE_AMOUNT = new SerializedString("changeAmount");
    private static final SerializableString CHANGE_PERCENT = new SerializedString("changePercent");
    private static final SerializableString REASON = new SerializedString("reason");
    private static final SerializableString PROCUREMENT = new SerializedString("procurement");
    private static final SerializableString TOTAL = new SerializedString("total");
    private static final SerializableString GOODS = new SerializedString("goods");
    private static final SerializableString WORKS = new SerializedString("works");
    private static final SerializableString SERVICES = new SerializedString("services");
    private static final SerializableString RESERVED_FOR_SMALL_AND_MEDIUM =
            new SerializedString("reservedForSmallAndMedium");
    private static final SerializableString RESERVED_FOR_SMALL_AND_MICRO =
            new SerializedString("reservedForSmallAndMicro");
    private static final SerializableString STATE_ASSETS = new SerializedString("stateAssets");
    private static final SerializableString AS_OF_TEXT = new SerializedString("asOfText");
    private static final SerializableString AS_OF_DATE = new SerializedString("asOfDate");
    private static final SerializableString BUILDING_AREA = new SerializedString("buildingArea");
    private static final SerializableString BUILDING_VALUE = new SerializedString("buildingValue");
    private static final SerializableString VEHICLE_COUNT = new SerializedString("vehicleCount");
    private static final SerializableString VEHICLE_VALUE = new SerializedString("vehicleValue");
    private static final SerializableString VEHICLES = new SerializedString("vehicles");
    private static final SerializableString LABEL = new SerializedString("label");
    private static final SerializableString VALUE = new SerializedString("value");
    private static final SerializableString FURNITURE_VALUE = new SerializedString("furnitureValue");
    private static final SerializableString OTHER_ASSETS_VALUE = new SerializedString("otherAssetsValue");
    private static final SerializableString PLANNED_PURCHASES = new SerializedString("plannedPurchases");
    private static final SerializableString VEHICLE_FUNDS_ARRANGED = new SerializedString("vehicleFundsArranged");
    private static final SerializableString VEHICLE_FUNDS = new SerializedString("vehicleFunds");
    private static final SerializableString PERFORMANCE_SUMMARY = new SerializedString("performanceSummary");
    private static final SerializableString OVERALL_TARGET_COUNT = new SerializedString("overallTargetCount");
    private static final SerializableString OVERALL_TARGET_AMOUNT = new SerializedString("overallTargetAmount");
    private static final SerializableString FISCAL_PROJECT_COUNT = new SerializedString("fiscalProjectCount");
    private static final SerializableString FISCAL_PROJECT_AMOUNT = new SerializedString("fiscalProjectAmount");
    private static final SerializableString NON_FISCAL_PROJECT_COUNT = new SerializedString("nonFiscalProjectCount");
    private static final SerializableString NON_FISCAL_PROJECT_AMOUNT = new SerializedString("nonFiscalProjectAmount");
    private static final SerializableString NOTE = new SerializedString("note");
    private static final SerializableString OTHER_NOTES = new SerializedString("otherNotes");
    private static final SerializableString LARGE_EQUIPMENT = new SerializedString("largeEquipment");
    private static final SerializableString AT_LEAST500_THOUSAND = new SerializedString("atLeast500Thousand");
    private static final SerializableString AT_LEAST1_MILLION = new SerializedString("atLeast1Million");
    private static final SerializableString MEASURE_WORD = new SerializedString("measureWord");
    private static final SerializableString CONTACT_PERSON = new SerializedString("contactPerson");
    private static final SerializableString CONTACT_PHONE = new SerializedString("contactPhone");
    private static final SerializableString ANNUAL_GOALS_TEXT = new SerializedString("annualGoalsText");
    private static final SerializableString ANNUAL_GOALS = new SerializedString("annualGoals");
    private static final SerializableString FUNDING = new SerializedString("funding");
    private static final SerializableString FISCAL_FROM_HIGHER_LEVEL = new SerializedString("fiscalFromHigherLevel");
    private static final SerializableString FISCAL_FROM_OWN_LEVEL = new SerializedString("fiscalFromOwnLevel");
    private static final SerializableString OTHER_FUNDS = new SerializedString("otherFunds");
    private static final SerializableString BUDGET_UNIT = new SerializedString("budgetUnit");
    private static final SerializableString MANAGER = new SerializedString("manager");
    private static final SerializableString FISCAL_APPROPRIATION = new SerializedString("fiscalAppropriation");
    private static final SerializableString OVERALL_GOAL = new SerializedString("overallGoal");
    private static final SerializableString INDICATORS = new SerializedString("indicators");
    private static final SerializableString FIRST_LEVEL = new SerializedString("firstLevel");
    private static final SerializableString PRINTED_TEXT = new SerializedString("printedText");
    private static final SerializableString SECOND_LEVEL = new SerializedString("secondLevel");
    private static final SerializableString TARGET = new SerializedString("target");
    private static final SerializableString NORMALIZED_TEXT = new SerializedString("normalizedText");
    private static final SerializableString NORMALIZED = new SerializedString("normalized");
    private static final SerializableString FORM = new SerializedString("form");
    private static final SerializableString COMPARATOR = new SerializedString("comparator");
    private static final SerializableString NUMBER = new SerializedString("number");
    private static final SerializableString BASIS = new SerializedString("basis");
    private static final SerializableString PREVIOUS_YEAR_VALUE = new SerializedString("previousYearValue");
    private static final SerializableString WEIGHT = new SerializedString("weight");
    private static final SerializableString SCORING_RULE = new SerializedString("scoringRule");
    private static final SerializableString EVIDENCE = new SerializedString("evidence");

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

    private static SerializableString[] tableKeys() {
        TableKind[] kinds = TableKind.values();
        SerializableString[] keys = new SerializableString[kinds.length];
        for (TableKind kind : kinds) {
            keys[kind.ordinal()] = new SerializedString(JsonNames.tableKey(kind));
        }
        return keys;
    }

    private void disclosure(BudgetDisclosure d) throws IOException {
        out.writeStartObject();
        stringField(FORMAT, JsonNames.FORMAT);
        numberField(VERSION, JsonNames.VERSION);
        stringField(ENTITY_NAME, d.getEntityName());
        stringField(ENTITY_KIND, d.getEntityKind().name());
        numberField(FISCAL_YEAR, d.getFiscalYear());
        if (d.getPublicationDate().isPresent()) {
            stringField(PUBLICATION_DATE, d.getPublicationDate().get().toString());
        }
        strings(SUB_UNITS, d.getSubUnits());
        if (d.getOverview().isPresent()) {
            field(OVERVIEW);
            overview(d.getOverview().get());
        }
        objectField(TABLES);
        for (TableKind kind : TableKind.values()) {
            Optional<BudgetTable> table = d.table(kind);
            if (table.isPresent()) {
                field(TABLE_KEYS[kind.ordinal()]);
                table(table.get());
            }
        }
        out.writeEndObject();
        arrayField(NARRATIVE_SECTIONS);
        for (NarrativeSection section : d.getNarrativeSections()) {
            out.writeStartObject();
            stringField(TITLE, section.getTitle());
            stringField(TEXT, section.getText());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (d.getOtherMatters().isPresent()) {
            field(OTHER_MATTERS);
            otherMatters(d.getOtherMatters().get());
        }
        arrayField(OVERALL_PERFORMANCE_TARGETS);
        for (OverallPerformanceTarget target : d.getOverallPerformanceTargets()) {
            overallTarget(target);
        }
        out.writeEndArray();
        arrayField(PROJECT_PERFORMANCE_TARGETS);
        for (ProjectPerformanceTarget target : d.getProjectPerformanceTargets()) {
            projectTarget(target);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void overview(Overview o) throws IOException {
        out.writeStartObject();
        strings(MAIN_FUNCTIONS, o.getMainFunctions());
        optionalString(INTERNAL_STRUCTURE, o.getInternalStructure());
        strings(SUBORDINATE_UNITS, o.getSubordinateUnits());
        if (o.getStaffing().isPresent()) {
            Staffing s = o.getStaffing().get();
            objectField(STAFFING);
            numberField(AUTHORIZED_POSTS, s.getAuthorizedPosts());
            numberField(ACTUAL_HEADCOUNT, s.getActualHeadcount());
            staffChange(IN_SERVICE, s.getInService());
            staffChange(RETIRED, s.getRetired());
            staffChange(VETERAN_RETIRED, s.getVeteranRetired());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private void staffChange(SerializableString name, Optional<StaffChange> change) throws IOException {
        if (change.isPresent()) {
            objectField(name);
            numberField(COUNT, change.get().getCount());
            optionalInteger(CHANGE, change.get().getChange());
            out.writeEndObject();
        }
    }

    private void table(BudgetTable table) throws IOException {
        out.writeStartObject();
        unit(UNIT, table.getUnit());
        optionalString(EMPTY_NOTE, table.getEmptyNote());
        if (table instanceof RevenueExpenditureSummary t) {
            rows(INCOME_LINES, t.getIncomeLines());
            totals(INCOME_TOTAL, t.getIncomeTotal());
            rows(EXPENDITURE_LINES, t.getExpenditureLines());
            totals(EXPENDITURE_TOTAL, t.getExpenditureTotal());
        } else if (table instanceof FiscalAppropriationSummary t) {
            rows(INCOME_LINES, t.getIncomeLines());
            totals(INCOME_TOTAL, t.getIncomeTotal());
            rows(EXPENDITURE_LINES, t.getExpenditureLines());
            totals(EXPENDITURE_TOTAL, t.getExpenditureTotal());
        } else if (table instanceof RowTable<?, ?> t) {
            rows(ROWS, t.getRows());
            totals(TOTALS, t.getTotals());
        } else {
            throw new IllegalArgumentException("unknown table type " + table.getClass().getName());
        }
        out.writeEndObject();
    }

    private void rows(SerializableString name, List<? extends TableRow<?>> rows) throws IOException {
        arrayField(name);
        for (TableRow<?> row : rows) {
            row(row);
        }
        out.writeEndArray();
    }

    private void totals(SerializableString name, Optional<? extends TotalsRow<?>> totals) throws IOException {
        if (totals.isPresent()) {
            field(name);
            row(totals.get());
        }
    }

    private void row(TableRow<?> row) throws IOException {
        out.writeStartObject();
        if (row instanceof ProjectExpenditureRow p) {
            stringField(ROW_KIND, p.getRowKind().name());
        }
        if (row instanceof SummaryIncomeLine line && line.getItem().isPresent()) {
            stringField(ITEM, line.getItem().get().name());
        } else if (row instanceof FiscalIncomeLine line && line.getItem().isPresent()) {
            stringField(ITEM, line.getItem().get().name());
        } else if (row instanceof ThreePublicExpenseRow line && line.getItem().isPresent()) {
            stringField(ITEM, line.getItem().get().name());
        }
        if (row.classificationCode().isPresent()) {
            stringField(CODE, row.classificationCode().get().digits());
        }
        optionalString(NAME, row.getName());
        if (row instanceof ProjectExpenditureRow p) {
            optionalString(PROJECT_NAME, p.getProjectName());
            optionalString(SUB_UNIT, p.getSubUnit());
        }
        amounts(row.getAmounts());
        out.writeEndObject();
    }

    private void amounts(Map<? extends Enum<?>, BigDecimal> amounts) throws IOException {
        objectField(AMOUNTS);
        if (!amounts.isEmpty()) {
            // Columns in their template order, whatever the map's order.
            Class<?> columns = amounts.keySet().iterator().next().getDeclaringClass();
            Object[] constants = CONSTANTS.get(columns);
            SerializableString[] names = COLUMN_NAMES.get(columns);
            for (int i = 0; i < constants.length; i++) {
                BigDecimal amount = amounts.get(constants[i]);
                if (amount != null) {
                    decimal(names[i], amount);
                }
            }
        }
        out.writeEndObject();
    }

    private void otherMatters(OtherMatters m) throws IOException {
        out.writeStartObject();
        if (m.getRunningCosts().isPresent()) {
            RunningCosts r = m.getRunningCosts().get();
            objectField(RUNNING_COSTS);
            stringField(KIND, r.getKind().name());
            unit(UNIT, r.getUnit());
            decimal(AMOUNT, r.getAmount());
            optionalDecimal(CHANGE_AMOUNT, r.getChangeAmount());
            optionalDecimal(CHANGE_PERCENT, r.getChangePercent());
            optionalString(REASON, r.getReason());
            out.writeEndObject();
        }
        if (m.getProcurement().isPresent()) {
            GovernmentProcurement p = m.getProcurement().get();
            objectField(PROCUREMENT);
            unit(UNIT, p.getUnit());
            decimal(TOTAL, p.getTotal());
            optionalDecimal(GOODS, p.getGoods());
            optionalDecimal(WORKS, p.getWorks());
            optionalDecimal(SERVICES, p.getServices());
            optionalDecimal(RESERVED_FOR_SMALL_AND_MEDIUM, p.getReservedForSmallAndMedium());
            optionalDecimal(RESERVED_FOR_SMALL_AND_MICRO, p.getReservedForSmallAndMicro());
            out.writeEndObject();
        }
        if (m.getStateAssets().isPresent()) {
            StateAssets a = m.getStateAssets().get();
            objectField(STATE_ASSETS);
            optionalString(AS_OF_TEXT, a.getAsOfText());
            if (a.getAsOfDate().isPresent()) {
                stringField(AS_OF_DATE, a.getAsOfDate().get().toString());
            }
            unit(UNIT, a.getUnit());
            optionalDecimal(BUILDING_AREA, a.getBuildingArea());
            optionalDecimal(BUILDING_VALUE, a.getBuildingValue());
            optionalInteger(VEHICLE_COUNT, a.getVehicleCount());
            optionalDecimal(VEHICLE_VALUE, a.getVehicleValue());
            arrayField(VEHICLES);
            for (VehicleHolding v : a.getVehicles()) {
                out.writeStartObject();
                stringField(LABEL, v.getLabel());
                numberField(COUNT, v.getCount());
                optionalDecimal(VALUE, v.getValue());
                out.writeEndObject();
            }
            out.writeEndArray();
            optionalDecimal(FURNITURE_VALUE, a.getFurnitureValue());
            optionalDecimal(OTHER_ASSETS_VALUE, a.getOtherAssetsValue());
            largeEquipment(a.getLargeEquipment());
            if (a.getPlannedPurchases().isPresent()) {
                PlannedAssetPurchases p = a.getPlannedPurchases().get();
                objectField(PLANNED_PURCHASES);
                booleanField(VEHICLE_FUNDS_ARRANGED, p.isVehicleFundsArranged());
                optionalDecimal(VEHICLE_FUNDS, p.getVehicleFunds());
                optionalInteger(VEHICLE_COUNT, p.getVehicleCount());
                largeEquipment(p.getLargeEquipment());
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        if (m.getPerformanceSummary().isPresent()) {
            PerformanceSummary p = m.getPerformanceSummary().get();
            objectField(PERFORMANCE_SUMMARY);
            unit(UNIT, p.getUnit());
            numberField(OVERALL_TARGET_COUNT, p.getOverallTargetCount());
            decimal(OVERALL_TARGET_AMOUNT, p.getOverallTargetAmount());
            numberField(FISCAL_PROJECT_COUNT, p.getFiscalProjectCount());
            decimal(FISCAL_PROJECT_AMOUNT, p.getFiscalProjectAmount());
            numberField(NON_FISCAL_PROJECT_COUNT, p.getNonFiscalProjectCount());
            decimal(NON_FISCAL_PROJECT_AMOUNT, p.getNonFiscalProjectAmount());
            optionalString(NOTE, p.getNote());
            out.writeEndObject();
        }
        optionalString(OTHER_NOTES, m.getOtherNotes());
        out.writeEndObject();
    }

    private void largeEquipment(Optional<LargeEquipmentCounts> counts) throws IOException {
        if (counts.isPresent()) {
            LargeEquipmentCounts c = counts.get();
            objectField(LARGE_EQUIPMENT);
            numberField(AT_LEAST500_THOUSAND, c.getAtLeast500Thousand());
            numberField(AT_LEAST1_MILLION, c.getAtLeast1Million());
            optionalString(MEASURE_WORD, c.getMeasureWord());
            out.writeEndObject();
        }
    }

    private void overallTarget(OverallPerformanceTarget t) throws IOException {
        out.writeStartObject();
        stringField(ENTITY_NAME, t.getEntityName());
        optionalString(CONTACT_PERSON, t.getContactPerson());
        optionalString(CONTACT_PHONE, t.getContactPhone());
        stringField(ANNUAL_GOALS_TEXT, t.getAnnualGoalsText());
        strings(ANNUAL_GOALS, t.getAnnualGoals());
        OverallFunding f = t.getFunding();
        objectField(FUNDING);
        unit(UNIT, f.getUnit());
        decimal(FISCAL_FROM_HIGHER_LEVEL, f.getFiscalFromHigherLevel());
        decimal(FISCAL_FROM_OWN_LEVEL, f.getFiscalFromOwnLevel());
        decimal(OTHER_FUNDS, f.getOtherFunds());
        optionalDecimal(TOTAL, f.getTotal());
        out.writeEndObject();
        indicators(t.getIndicators());
        out.writeEndObject();
    }

    private void projectTarget(ProjectPerformanceTarget t) throws IOException {
        out.writeStartObject();
        stringField(BUDGET_UNIT, t.getBudgetUnit());
        stringField(PROJECT_NAME, t.getProjectName());
        optionalString(MANAGER, t.getManager());
        ProjectFunding f = t.getFunding();
        objectField(FUNDING);
        unit(UNIT, f.getUnit());
        decimal(TOTAL, f.getTotal());
        decimal(FISCAL_APPROPRIATION, f.getFiscalAppropriation());
        decimal(OTHER_FUNDS, f.getOtherFunds());
        out.writeEndObject();
        stringField(OVERALL_GOAL, t.getOverallGoal());
        indicators(t.getIndicators());
        out.writeEndObject();
    }

    private void indicators(List<PerformanceIndicator> indicators) throws IOException {
        arrayField(INDICATORS);
        for (PerformanceIndicator i : indicators) {
            out.writeStartObject();
            FirstLevelCategory first = i.getFirstLevel();
            objectField(FIRST_LEVEL);
            stringField(PRINTED_TEXT, first.getPrintedText());
            if (first.getKind().isPresent()) {
                stringField(KIND, first.getKind().get().name());
            }
            out.writeEndObject();
            SecondLevelCategory second = i.getSecondLevel();
            objectField(SECOND_LEVEL);
            stringField(PRINTED_TEXT, second.getPrintedText());
            if (second.getKind().isPresent()) {
                stringField(KIND, second.getKind().get().name());
            }
            out.writeEndObject();
            stringField(NAME, i.getName());
            TargetValue v = i.getTarget();
            objectField(TARGET);
            stringField(TEXT, v.getText());
            stringField(NORMALIZED_TEXT, v.getNormalizedText());
            booleanField(NORMALIZED, v.isNormalized());
            stringField(FORM, v.getForm().name());
            if (v.getComparator().isPresent()) {
                stringField(COMPARATOR, v.getComparator().get().name());
            }
            optionalDecimal(NUMBER, v.getNumber());
            optionalString(UNIT, v.getUnit());
            out.writeEndObject();
            optionalString(BASIS, i.getBasis());
            optionalString(PREVIOUS_YEAR_VALUE, i.getPreviousYearValue());
            optionalDecimal(WEIGHT, i.getWeight());
            optionalString(SCORING_RULE, i.getScoringRule());
            optionalString(EVIDENCE, i.getEvidence());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private void strings(SerializableString name, List<String> values) throws IOException {
        arrayField(name);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private void optionalString(SerializableString name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            stringField(name, value.get());
        }
    }

    private void optionalInteger(SerializableString name, Optional<Integer> value) throws IOException {
        if (value.isPresent()) {
            numberField(name, value.get().intValue());
        }
    }

    private void unit(SerializableString name, MoneyUnit unit) throws IOException {
        stringField(name, JsonNames.unit(unit));
    }

    private void optionalDecimal(SerializableString name, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            decimal(name, value.get());
        }
    }

    private void decimal(SerializableString name, BigDecimal value) throws IOException {
        out.writeFieldName(name);
        String problem = Decimals.problemWithValue(value);
        if (problem != null) {
            // After the field's name, so that the pointer ends with it (the document is dropped: see BudgetJson).
            throw new IllegalArgumentException("cannot write " + out.getOutputContext().pathAsPointer() + ": "
                    + problem + "; the JSON format allows " + Decimals.EXPECTED);
        }
        // Raw plain text: never 1E+3, never a double, scale kept (7.80 stays 7.80).
        out.writeNumber(Decimals.plain(value));
    }

    private void field(SerializableString name) throws IOException {
        out.writeFieldName(name);
    }

    private void stringField(SerializableString name, String value) throws IOException {
        field(name);
        out.writeString(value);
    }

    private void numberField(SerializableString name, int value) throws IOException {
        field(name);
        out.writeNumber(value);
    }

    private void booleanField(SerializableString name, boolean value) throws IOException {
        field(name);
        out.writeBoolean(value);
    }

    private void objectField(SerializableString name) throws IOException {
        field(name);
        out.writeStartObject();
    }

    private void arrayField(SerializableString name) throws IOException {
        field(name);
        out.writeStartArray();
    }

}
