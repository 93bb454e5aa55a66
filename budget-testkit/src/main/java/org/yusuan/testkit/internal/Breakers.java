package org.yusuan.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.yusuan.codes.ClassificationLevel;
import org.yusuan.codes.EconomicCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.performance.ImmutableOverallFunding;
import org.yusuan.model.performance.ImmutableOverallPerformanceTarget;
import org.yusuan.model.performance.ImmutablePerformanceIndicator;
import org.yusuan.model.performance.ImmutableProjectFunding;
import org.yusuan.model.performance.ImmutableProjectPerformanceTarget;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.performance.TargetForm;
import org.yusuan.model.performance.TargetValue;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.ExpenditureSummary;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;
import org.yusuan.model.table.ImmutableBasicExpenditureRow;
import org.yusuan.model.table.ImmutableExpenditureRow;
import org.yusuan.model.table.ImmutableExpenditureSummary;
import org.yusuan.model.table.ImmutableGeneralBudgetBasicExpenditure;
import org.yusuan.model.table.ImmutableRevenueExpenditureSummary;
import org.yusuan.model.table.ImmutableSummaryIncomeLine;
import org.yusuan.model.table.ImmutableThreePublicExpenseRow;
import org.yusuan.model.table.ImmutableThreePublicExpenses;
import org.yusuan.model.table.ImmutableTotalsRow;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.ThreePublicExpenses;
import org.yusuan.model.table.TotalsRow;
import org.yusuan.testkit.BrokenDisclosure;
import org.yusuan.testkit.BrokenDisclosure.Location;

/**
 * The single-rule mutations behind {@code Mutations.breaking}. Each takes a consistent disclosure of
 * {@link ValidDisclosure} and changes it so that exactly one rule of budget-validation is broken, moving whatever
 * else the change would disturb along with it.
 */
public final class Breakers {

    /** The change made to a cell: large enough not to be rounding, clear of powers of ten. */
    static final BigDecimal DELTA = new BigDecimal("1.37");

    /** A target no reader can make sense of: a comparator without a number. */
    static final String UNREADABLE_TARGET = "≥约九成";

    private static final Map<String, Breaker> BREAKERS = new LinkedHashMap<>();

    static {
        register("CODE_UNKNOWN", p -> true, Breakers::codeUnknown);
        register("CODE_NAME_MISMATCH", p -> true, Breakers::codeNameMismatch);
        register("ROW_SUM", p -> true, Breakers::rowSum);
        register("HIERARCHY_SUM", p -> true, Breakers::hierarchySum);
        register("TABLE_TOTAL", p -> true, Breakers::tableTotal);
        register("T1_BALANCE", p -> true, Breakers::t1Balance);
        register("T1_INCOME_SUM", p -> true, Breakers::t1IncomeSum);
        register("CROSS_TABLE", p -> true, Breakers::crossTable);
        register("THREE_PUBLIC_SUM", p -> true, Breakers::threePublicSum);
        register("UNIT_SUSPECT", p -> p.threePublic().reception() > 0 || p.threePublic().vehicleOperation() > 0,
                Breakers::unitSuspect);
        register("PERF_WEIGHTS", p -> true, Breakers::perfWeights);
        register("PERF_PROJECT_MATCH", p -> !p.projects().isEmpty(), Breakers::perfProjectMatch);
        register("PERF_FUNDS_SUM", p -> true, Breakers::perfFundsSum);
        register("PERF_TARGET_UNPARSED", p -> true, Breakers::perfTargetUnparsed);
        register("PERF_COST_UNIT", p -> !p.projects().isEmpty(), Breakers::perfCostUnit);
        if (TargetValue.parse(UNREADABLE_TARGET).getForm() != TargetForm.UNREADABLE) {
            throw new IllegalStateException(UNREADABLE_TARGET + " no longer reads as unreadable");
        }
    }

    /** The rule ids there is a mutation for. */
    public static final List<String> RULES = List.copyOf(BREAKERS.keySet());

    private Breakers() {
    }

    /**
     * One mutation.
     *
     * @param applies whether a plan has what the mutation needs (a project, a three-public amount)
     * @param mutation the change
     */
    public record Breaker(Predicate<Plan> applies, Function<BudgetDisclosure, BrokenDisclosure> mutation) {
        /**
         * Whether the plan suits the mutation.
         *
         * @param plan the plan
         * @return true when the mutation can be applied to its disclosure
         */
        public boolean applies(Plan plan) {
            return applies.test(plan);
        }

        /**
         * Breaks a consistent disclosure.
         *
         * @param disclosure a disclosure of {@link ValidDisclosure}
         * @return the broken disclosure and the expected place
         */
        public BrokenDisclosure apply(BudgetDisclosure disclosure) {
            return mutation.apply(disclosure);
        }
    }

    private static void register(String rule, Predicate<Plan> applies, Function<BudgetDisclosure,
            BrokenDisclosure> mutation) {
        BREAKERS.put(rule, new Breaker(applies, mutation));
    }

    /**
     * The mutation for a rule.
     *
     * @param rule the rule id
     * @return the mutation
     * @throws IllegalArgumentException if there is none
     */
    public static Breaker of(String rule) {
        Breaker b = BREAKERS.get(rule);
        if (b == null) {
            throw new IllegalArgumentException("no mutation breaks rule \"" + rule + "\"; known rules: " + RULES);
        }
        return b;
    }

    // ---- locations ----------------------------------------------------------------------------------------------

    private static Location at(TableKind table, String code, String name, String column) {
        return new Location(Optional.of(table), Optional.ofNullable(code), Optional.ofNullable(name),
                Optional.empty(), Optional.ofNullable(column));
    }

    private static Location sheet(String owner, String name, String column) {
        return new Location(Optional.empty(), Optional.empty(), Optional.ofNullable(name), Optional.of(owner),
                Optional.ofNullable(column));
    }

    private static ImmutableBudgetDisclosure copy(BudgetDisclosure d) {
        return ImmutableBudgetDisclosure.copyOf(d);
    }

    private static <C extends Enum<C> & AmountColumn> Map<C, BigDecimal> plus(Class<C> type, Map<C, BigDecimal> cells,
            BigDecimal delta, List<C> columns) {
        Map<C, BigDecimal> out = new EnumMap<>(type);
        out.putAll(cells);
        for (C c : columns) {
            out.merge(c, delta, BigDecimal::add);
        }
        return out;
    }

    // ---- codes (表6) ---------------------------------------------------------------------------------------------

    private static BasicExpenditureRow personnelSection(GeneralBudgetBasicExpenditure t6) {
        return t6.getRows().stream()
                .filter(r -> r.getCode().map(c -> c.level() == ClassificationLevel.SECTION
                        && (c.digits().startsWith("301") || c.digits().startsWith("303"))).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("表6 has no 人员经费 款: " + t6));
    }

    private static BudgetDisclosure replace6(BudgetDisclosure d, GeneralBudgetBasicExpenditure t6,
            Map<BasicExpenditureRow, BasicExpenditureRow> rows, Optional<TotalsRow<BasicExpenditureColumn>> totals) {
        List<BasicExpenditureRow> out = new ArrayList<>();
        for (BasicExpenditureRow r : t6.getRows()) {
            out.add(rows.getOrDefault(r, r));
        }
        return copy(d).withGeneralBudgetBasicExpenditure(ImmutableGeneralBudgetBasicExpenditure.copyOf(t6)
                .withRows(out).withTotals(totals));
    }

    private static BrokenDisclosure codeUnknown(BudgetDisclosure d) {
        GeneralBudgetBasicExpenditure t6 = d.getGeneralBudgetBasicExpenditure().orElseThrow();
        BasicExpenditureRow row = personnelSection(t6);
        String category = row.getCode().orElseThrow().category().digits();
        EconomicCode unknown = null;
        for (int n = 98; n > 0 && unknown == null; n--) {
            EconomicCode candidate = EconomicCode.parse(category + String.format("%02d", n));
            if (!CodeArbitraries.economicCatalog().contains(candidate)) {
                unknown = candidate;
            }
        }
        BasicExpenditureRow broken = ImmutableBasicExpenditureRow.copyOf(row).withCode(unknown);
        return new BrokenDisclosure(replace6(d, t6, Map.of(row, broken), t6.getTotals()), "CODE_UNKNOWN",
                at(TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE, unknown.digits(), row.getName().orElse(null), null));
    }

    private static BrokenDisclosure codeNameMismatch(BudgetDisclosure d) {
        GeneralBudgetBasicExpenditure t6 = d.getGeneralBudgetBasicExpenditure().orElseThrow();
        BasicExpenditureRow row = personnelSection(t6);
        String name = "其他" + row.getName().orElse("") + "（调整）";
        BasicExpenditureRow broken = ImmutableBasicExpenditureRow.copyOf(row).withName(name);
        return new BrokenDisclosure(replace6(d, t6, Map.of(row, broken), t6.getTotals()), "CODE_NAME_MISMATCH",
                at(TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE, row.getCode().orElseThrow().digits(), name, null));
    }

    /** 合计 and 人员经费 of one 款 (and, when {@code withParents}, of its 类 and the totals row) raised. */
    private static BudgetDisclosure raisePersonnel(BudgetDisclosure d, boolean withParents) {
        GeneralBudgetBasicExpenditure t6 = d.getGeneralBudgetBasicExpenditure().orElseThrow();
        BasicExpenditureRow row = personnelSection(t6);
        List<BasicExpenditureColumn> columns = List.of(BasicExpenditureColumn.TOTAL, BasicExpenditureColumn.PERSONNEL);
        Map<BasicExpenditureRow, BasicExpenditureRow> changed = new java.util.HashMap<>();
        changed.put(row, raise(row, columns));
        Optional<TotalsRow<BasicExpenditureColumn>> totals = t6.getTotals();
        if (withParents) {
            EconomicCode category = row.getCode().orElseThrow().category();
            BasicExpenditureRow parent = t6.getRows().stream()
                    .filter(r -> r.getCode().equals(Optional.of(category))).findFirst().orElseThrow();
            changed.put(parent, raise(parent, columns));
            totals = totals.map(t -> ImmutableTotalsRow.<BasicExpenditureColumn>copyOf(t)
                    .withAmounts(plus(BasicExpenditureColumn.class, t.getAmounts(), DELTA, columns)));
        }
        return replace6(d, t6, changed, totals);
    }

    private static BasicExpenditureRow raise(BasicExpenditureRow row, List<BasicExpenditureColumn> columns) {
        return ImmutableBasicExpenditureRow.copyOf(row)
                .withAmounts(plus(BasicExpenditureColumn.class, row.getAmounts(), DELTA, columns));
    }

    private static BrokenDisclosure hierarchySum(BudgetDisclosure d) {
        GeneralBudgetBasicExpenditure t6 = d.getGeneralBudgetBasicExpenditure().orElseThrow();
        BasicExpenditureRow row = personnelSection(t6);
        EconomicCode category = row.getCode().orElseThrow().category();
        String categoryName = t6.getRows().stream().filter(r -> r.getCode().equals(Optional.of(category)))
                .findFirst().flatMap(BasicExpenditureRow::getName).orElse(null);
        return new BrokenDisclosure(raisePersonnel(d, false), "HIERARCHY_SUM",
                at(TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE, category.digits(), categoryName,
                        BasicExpenditureColumn.TOTAL.qualifiedLabel()));
    }

    private static BrokenDisclosure crossTable(BudgetDisclosure d) {
        String totalsName = d.getGeneralBudgetExpenditure().orElseThrow().getTotals().orElseThrow().getName()
                .orElse(null);
        return new BrokenDisclosure(raisePersonnel(d, true), "CROSS_TABLE.T5_T6",
                at(TableKind.GENERAL_BUDGET_EXPENDITURE, null, totalsName, ExpenditureColumn.BASIC.qualifiedLabel()));
    }

    // ---- 表3 ----------------------------------------------------------------------------------------------------

    private static BrokenDisclosure rowSum(BudgetDisclosure d) {
        ExpenditureSummary t3 = d.getExpenditureSummary().orElseThrow();
        ExpenditureRow item = t3.getRows().stream()
                .filter(r -> r.getCode().map(c -> c.level() == ClassificationLevel.ITEM).orElse(false))
                .findFirst().orElseThrow();
        List<ExpenditureColumn> basic = List.of(ExpenditureColumn.BASIC);
        List<ExpenditureRow> rows = new ArrayList<>();
        for (ExpenditureRow r : t3.getRows()) {
            boolean onPath = r.getCode().map(c -> c.equals(item.getCode().get()) || c.isAncestorOf(item.getCode()
                    .get())).orElse(false);
            rows.add(onPath ? ImmutableExpenditureRow.copyOf(r).withAmounts(plus(ExpenditureColumn.class,
                    r.getAmounts(), DELTA, basic)) : r);
        }
        ExpenditureSummary broken = ImmutableExpenditureSummary.copyOf(t3).withRows(rows).withTotals(
                t3.getTotals().map(t -> ImmutableTotalsRow.<ExpenditureColumn>copyOf(t)
                        .withAmounts(plus(ExpenditureColumn.class, t.getAmounts(), DELTA, basic))));
        return new BrokenDisclosure(copy(d).withExpenditureSummary(broken), "ROW_SUM",
                at(TableKind.EXPENDITURE_SUMMARY, item.getCode().get().digits(), item.getName().orElse(null),
                        ExpenditureColumn.TOTAL.qualifiedLabel()));
    }

    private static BrokenDisclosure tableTotal(BudgetDisclosure d) {
        ExpenditureSummary t3 = d.getExpenditureSummary().orElseThrow();
        TotalsRow<ExpenditureColumn> totals = t3.getTotals().orElseThrow();
        Map<ExpenditureColumn, BigDecimal> cells = plus(ExpenditureColumn.class, totals.getAmounts(), DELTA.negate(),
                List.of(ExpenditureColumn.BASIC));
        cells = plus(ExpenditureColumn.class, cells, DELTA, List.of(ExpenditureColumn.PROJECT));
        ExpenditureSummary broken = ImmutableExpenditureSummary.copyOf(t3)
                .withTotals(ImmutableTotalsRow.<ExpenditureColumn>copyOf(totals).withAmounts(cells));
        return new BrokenDisclosure(copy(d).withExpenditureSummary(broken), "TABLE_TOTAL",
                at(TableKind.EXPENDITURE_SUMMARY, null, totals.getName().orElse(null),
                        ExpenditureColumn.BASIC.qualifiedLabel()));
    }

    // ---- 表1 ----------------------------------------------------------------------------------------------------

    private static BudgetDisclosure raiseIncome(BudgetDisclosure d, List<IncomeItem> items, boolean total) {
        RevenueExpenditureSummary t1 = d.getRevenueExpenditureSummary().orElseThrow();
        List<SummaryColumn> budget = List.of(SummaryColumn.BUDGET);
        List<SummaryIncomeLine> lines = new ArrayList<>();
        for (SummaryIncomeLine line : t1.getIncomeLines()) {
            boolean raised = line.getItem().map(items::contains).orElse(false);
            lines.add(raised ? ImmutableSummaryIncomeLine.copyOf(line).withAmounts(plus(SummaryColumn.class,
                    line.getAmounts(), DELTA, budget)) : line);
        }
        var broken = ImmutableRevenueExpenditureSummary.copyOf(t1).withIncomeLines(lines);
        if (total) {
            broken = broken.withIncomeTotal(t1.getIncomeTotal().map(t -> ImmutableTotalsRow.<SummaryColumn>copyOf(t)
                    .withAmounts(plus(SummaryColumn.class, t.getAmounts(), DELTA, budget))));
        }
        return copy(d).withRevenueExpenditureSummary(broken);
    }

    private static BrokenDisclosure t1Balance(BudgetDisclosure d) {
        RevenueExpenditureSummary t1 = d.getRevenueExpenditureSummary().orElseThrow();
        return new BrokenDisclosure(raiseIncome(d, List.of(IncomeItem.CURRENT_YEAR_INCOME, IncomeItem.UNIT_FUNDS,
                IncomeItem.OTHER_INCOME), true), "T1_BALANCE",
                at(TableKind.REVENUE_EXPENDITURE_SUMMARY, null,
                        t1.getExpenditureTotal().orElseThrow().getName().orElse(null),
                        SummaryColumn.BUDGET.qualifiedLabel()));
    }

    private static BrokenDisclosure t1IncomeSum(BudgetDisclosure d) {
        RevenueExpenditureSummary t1 = d.getRevenueExpenditureSummary().orElseThrow();
        String current = t1.getIncomeLines().stream()
                .filter(l -> l.getItem().equals(Optional.of(IncomeItem.CURRENT_YEAR_INCOME))).findFirst()
                .flatMap(SummaryIncomeLine::getName).orElse(null);
        return new BrokenDisclosure(raiseIncome(d, List.of(IncomeItem.FISCAL_SPECIAL_ACCOUNT), false),
                "T1_INCOME_SUM", at(TableKind.REVENUE_EXPENDITURE_SUMMARY, null, current, null));
    }

    // ---- 表10 ---------------------------------------------------------------------------------------------------

    private static BrokenDisclosure threePublicSum(BudgetDisclosure d) {
        ThreePublicExpenses t10 = d.getThreePublicExpenses().orElseThrow();
        TotalsRow<ThreePublicExpenseColumn> totals = t10.getTotals().orElseThrow();
        ThreePublicExpenses broken = ImmutableThreePublicExpenses.copyOf(t10).withTotals(
                ImmutableTotalsRow.<ThreePublicExpenseColumn>copyOf(totals).withAmounts(plus(
                        ThreePublicExpenseColumn.class, totals.getAmounts(), DELTA, List.of(
                                ThreePublicExpenseColumn.TOTAL, ThreePublicExpenseColumn.GENERAL_PUBLIC_BUDGET))));
        return new BrokenDisclosure(copy(d).withThreePublicExpenses(broken), "THREE_PUBLIC_SUM",
                at(TableKind.THREE_PUBLIC_EXPENSES, null, totals.getName().orElse(null),
                        ThreePublicExpenseColumn.TOTAL.qualifiedLabel()));
    }

    private static BrokenDisclosure unitSuspect(BudgetDisclosure d) {
        ThreePublicExpenses t10 = d.getThreePublicExpenses().orElseThrow();
        ThreePublicExpenseRow target = t10.getRows().stream()
                .filter(r -> r.getItem().isPresent() && (r.getItem().get() == ThreePublicExpenseItem.OFFICIAL_RECEPTION
                        || r.getItem().get() == ThreePublicExpenseItem.VEHICLE_OPERATION))
                .filter(r -> r.amountOrZero(ThreePublicExpenseColumn.TOTAL).signum() > 0)
                .findFirst().orElseThrow();
        BigDecimal before = target.amountOrZero(ThreePublicExpenseColumn.TOTAL);
        // 元 typed into a 万元 table, or 万元 into a 元 table: four places off.
        BigDecimal after = t10.getUnit() == MoneyUnit.TEN_THOUSAND_YUAN ? before.movePointRight(4).setScale(2)
                : before.movePointLeft(4).setScale(2);
        BigDecimal change = after.subtract(before);
        List<ThreePublicExpenseColumn> columns = List.of(ThreePublicExpenseColumn.TOTAL,
                ThreePublicExpenseColumn.GENERAL_PUBLIC_BUDGET);
        List<ThreePublicExpenseRow> rows = new ArrayList<>();
        for (ThreePublicExpenseRow r : t10.getRows()) {
            boolean moves = r == target || (target.getItem().get() == ThreePublicExpenseItem.VEHICLE_OPERATION
                    && r.getItem().equals(Optional.of(ThreePublicExpenseItem.OFFICIAL_VEHICLES)));
            rows.add(moves ? ImmutableThreePublicExpenseRow.copyOf(r).withAmounts(plus(ThreePublicExpenseColumn.class,
                    r.getAmounts(), change, columns)) : r);
        }
        TotalsRow<ThreePublicExpenseColumn> totals = t10.getTotals().orElseThrow();
        ThreePublicExpenses broken = ImmutableThreePublicExpenses.copyOf(t10).withRows(rows).withTotals(
                ImmutableTotalsRow.<ThreePublicExpenseColumn>copyOf(totals).withAmounts(plus(
                        ThreePublicExpenseColumn.class, totals.getAmounts(), change, columns)));
        return new BrokenDisclosure(copy(d).withThreePublicExpenses(broken), "UNIT_SUSPECT",
                at(TableKind.THREE_PUBLIC_EXPENSES, null, target.getName().orElse(null),
                        ThreePublicExpenseColumn.GENERAL_PUBLIC_BUDGET.qualifiedLabel()));
    }

    // ---- performance sheets -------------------------------------------------------------------------------------

    private static BudgetDisclosure withOverall(BudgetDisclosure d, OverallPerformanceTarget sheet) {
        List<OverallPerformanceTarget> sheets = new ArrayList<>(d.getOverallPerformanceTargets());
        sheets.set(0, sheet);
        return copy(d).withOverallPerformanceTargets(sheets);
    }

    private static BudgetDisclosure withProject(BudgetDisclosure d, ProjectPerformanceTarget sheet) {
        List<ProjectPerformanceTarget> sheets = new ArrayList<>(d.getProjectPerformanceTargets());
        sheets.set(0, sheet);
        return copy(d).withProjectPerformanceTargets(sheets);
    }

    private static BrokenDisclosure perfWeights(BudgetDisclosure d) {
        OverallPerformanceTarget sheet = d.getOverallPerformanceTargets().get(0);
        List<PerformanceIndicator> indicators = new ArrayList<>(sheet.getIndicators());
        PerformanceIndicator first = indicators.get(0);
        indicators.set(0, ImmutablePerformanceIndicator.copyOf(first)
                .withWeight(first.getWeight().orElseThrow().add(BigDecimal.ONE)));
        return new BrokenDisclosure(withOverall(d, ImmutableOverallPerformanceTarget.copyOf(sheet)
                .withIndicators(indicators)), "PERF_WEIGHTS", sheet(sheet.getEntityName(), null, null));
    }

    private static BrokenDisclosure perfFundsSum(BudgetDisclosure d) {
        OverallPerformanceTarget sheet = d.getOverallPerformanceTargets().get(0);
        var funding = ImmutableOverallFunding.copyOf(sheet.getFunding())
                .withTotal(sheet.getFunding().getTotal().orElseThrow().add(DELTA));
        return new BrokenDisclosure(withOverall(d, ImmutableOverallPerformanceTarget.copyOf(sheet)
                .withFunding(funding)), "PERF_FUNDS_SUM", sheet(sheet.getEntityName(), null, "资金总额"));
    }

    private static BrokenDisclosure perfTargetUnparsed(BudgetDisclosure d) {
        OverallPerformanceTarget sheet = d.getOverallPerformanceTargets().get(0);
        List<PerformanceIndicator> indicators = new ArrayList<>(sheet.getIndicators());
        int last = indicators.size() - 1;
        PerformanceIndicator indicator = indicators.get(last);
        indicators.set(last, ImmutablePerformanceIndicator.copyOf(indicator)
                .withTarget(TargetValue.parse(UNREADABLE_TARGET)));
        return new BrokenDisclosure(withOverall(d, ImmutableOverallPerformanceTarget.copyOf(sheet)
                .withIndicators(indicators)), "PERF_TARGET_UNPARSED",
                sheet(sheet.getEntityName(), indicator.getName(), null));
    }

    private static BrokenDisclosure perfProjectMatch(BudgetDisclosure d) {
        ProjectPerformanceTarget sheet = d.getProjectPerformanceTargets().get(0);
        var funding = ImmutableProjectFunding.copyOf(sheet.getFunding())
                .withTotal(sheet.getFunding().getTotal().add(DELTA))
                .withFiscalAppropriation(sheet.getFunding().getFiscalAppropriation().add(DELTA));
        return new BrokenDisclosure(withProject(d, ImmutableProjectPerformanceTarget.copyOf(sheet)
                .withFunding(funding)), "PERF_PROJECT_MATCH", sheet(sheet.getProjectName(), null, "财政拨款"));
    }

    private static BrokenDisclosure perfCostUnit(BudgetDisclosure d) {
        ProjectPerformanceTarget sheet = d.getProjectPerformanceTargets().get(0);
        List<PerformanceIndicator> indicators = new ArrayList<>(sheet.getIndicators());
        int cost = -1;
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).getFirstLevel().getName().equals("成本指标")) {
                cost = i;
            }
        }
        PerformanceIndicator indicator = indicators.get(cost);
        indicators.set(cost, ImmutablePerformanceIndicator.copyOf(indicator).withTarget(TargetValue.parse("≤12次")));
        return new BrokenDisclosure(withProject(d, ImmutableProjectPerformanceTarget.copyOf(sheet)
                .withIndicators(indicators)), "PERF_COST_UNIT", sheet(sheet.getProjectName(), indicator.getName(),
                null));
    }
}
