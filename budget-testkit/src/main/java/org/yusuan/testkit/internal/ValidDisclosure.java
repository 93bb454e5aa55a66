package org.yusuan.testkit.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.yusuan.codes.CatalogEntry;
import org.yusuan.codes.ClassificationLevel;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.EntityKind;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.NarrativeSection;
import org.yusuan.model.Overview;
import org.yusuan.model.StaffChange;
import org.yusuan.model.Staffing;
import org.yusuan.model.matters.OtherMatters;
import org.yusuan.model.matters.PerformanceSummary;
import org.yusuan.model.matters.RunningCostKind;
import org.yusuan.model.matters.RunningCosts;
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
import org.yusuan.testkit.internal.Plan.EconomicAmount;
import org.yusuan.testkit.internal.Plan.Leaf;
import org.yusuan.testkit.internal.Plan.Project;

/**
 * Derives a whole, internally consistent disclosure from a {@link Plan}: every table's rows, parents and totals are
 * sums of the plan's leaf amounts, and every cross-table quantity is computed from the same leaves.
 */
public final class ValidDisclosure {

    /** The fiscal year of generated disclosures, matching the catalogs. */
    public static final int YEAR = CodeArbitraries.YEAR;

    private final Plan plan;
    private final Money money;

    /** The functional 类 of the catalog marked certain, read once. */
    private static final class Categories {
        static final List<CatalogEntry<FunctionalCode>> CERTAIN = PlanArbitraries.certain(
                CodeArbitraries.functionalCatalog(), ClassificationLevel.CATEGORY, "2");
    }

    private ValidDisclosure(Plan plan) {
        this.plan = plan;
        this.money = new Money(plan.unit(), plan.style().zeroAsBlank());
    }

    /**
     * The disclosure a plan describes.
     *
     * @param plan the plan
     * @return the disclosure
     */
    public static BudgetDisclosure of(Plan plan) {
        return new ValidDisclosure(plan).disclosure();
    }

    /**
     * The tables, sheets and matters of a plan, for per-part arbitraries.
     *
     * @param plan the plan
     * @return a deriver
     */
    public static ValidDisclosure parts(Plan plan) {
        return new ValidDisclosure(plan);
    }

    private BudgetDisclosure disclosure() {
        ValidPerformance performance = performance();
        return BudgetDisclosure.builder()
                .entityName(plan.entityName())
                .entityKind(plan.kind())
                .fiscalYear(YEAR)
                .addAllSubUnits(plan.subUnits())
                .overview(overview())
                .revenueExpenditureSummary(table1())
                .revenueSummary(table2())
                .expenditureSummary(table3())
                .fiscalAppropriationSummary(table4())
                .generalBudgetExpenditure(table5())
                .generalBudgetBasicExpenditure(table6())
                .generalBudgetProjectExpenditure(table7())
                .governmentFundExpenditure(table8())
                .stateCapitalExpenditure(table9())
                .threePublicExpenses(table10())
                .carryoverDetail(table11())
                .addAllNarrativeSections(narrative())
                .otherMatters(otherMatters(performance))
                .addOverallPerformanceTargets(performance.overall())
                .addAllProjectPerformanceTargets(performance.projects())
                .build();
    }

    // ---- sums over the plan -------------------------------------------------------------------------------------

    private long sum(ToLongFunction<Leaf> amount) {
        return plan.leaves().stream().mapToLong(amount).sum();
    }

    private long general(Leaf l) {
        return l.gPersonnel() + l.gPublic() + plan.gProject(l);
    }

    private long unitFunds(Leaf l) {
        return l.unitBasic() + l.unitProject();
    }

    private long basic(Leaf l) {
        return l.gPersonnel() + l.gPublic() + l.fund().basic() + l.capital().basic() + l.unitBasic()
                + l.carryover().basic();
    }

    private long project(Leaf l) {
        return plan.gProject(l) + l.fund().project() + l.capital().project() + l.unitProject()
                + l.carryover().project();
    }

    private long currentIncome() {
        return sum(this::general) + sum(l -> l.fund().total()) + sum(l -> l.capital().total())
                + sum(this::unitFunds);
    }

    private long carryoverIncome() {
        return sum(l -> l.carryover().total());
    }

    // ---- the tables ---------------------------------------------------------------------------------------------

    /** @return 表1 收支总体情况表 */
    public RevenueExpenditureSummary table1() {
        long g = sum(this::general);
        long f = sum(l -> l.fund().total());
        long s = sum(l -> l.capital().total());
        long u = sum(this::unitFunds);
        long business = u * plan.style().businessShare() / 10;
        long c = carryoverIncome();
        Map<IncomeItem, Long> income = new LinkedHashMap<>();
        income.put(IncomeItem.CURRENT_YEAR_INCOME, g + f + s + u);
        income.put(IncomeItem.GENERAL_PUBLIC_BUDGET_APPROPRIATION, g);
        income.put(IncomeItem.GENERAL_FINANCIAL_RESOURCES, g);
        income.put(IncomeItem.GENERAL_PUBLIC_BUDGET_TRANSFER, 0L);
        income.put(IncomeItem.GOVERNMENT_FUND_APPROPRIATION, f);
        income.put(IncomeItem.GOVERNMENT_FUND_REVENUE, f);
        income.put(IncomeItem.GOVERNMENT_FUND_TRANSFER, 0L);
        income.put(IncomeItem.STATE_CAPITAL_OPERATION_APPROPRIATION, s);
        income.put(IncomeItem.STATE_CAPITAL_OPERATION_REVENUE, s);
        income.put(IncomeItem.STATE_CAPITAL_OPERATION_TRANSFER, 0L);
        income.put(IncomeItem.FISCAL_SPECIAL_ACCOUNT, 0L);
        income.put(IncomeItem.UNIT_FUNDS, u);
        income.put(IncomeItem.BUSINESS_INCOME, business);
        income.put(IncomeItem.SUPERIOR_SUBSIDY_INCOME, 0L);
        income.put(IncomeItem.SUBORDINATE_REMITTANCE_INCOME, 0L);
        income.put(IncomeItem.OPERATING_INCOME, 0L);
        income.put(IncomeItem.OTHER_INCOME, u - business);
        income.put(IncomeItem.PRIOR_YEAR_CARRYOVER, c);
        income.put(IncomeItem.FISCAL_CARRYOVER, 0L);
        income.put(IncomeItem.FISCAL_CARRYOVER_GENERAL_PUBLIC_BUDGET, 0L);
        income.put(IncomeItem.FISCAL_CARRYOVER_GOVERNMENT_FUND, 0L);
        income.put(IncomeItem.FISCAL_CARRYOVER_STATE_CAPITAL_OPERATION, 0L);
        income.put(IncomeItem.NON_FISCAL_CARRYOVER, c);
        income.put(IncomeItem.NON_FISCAL_CARRYOVER_SPECIAL_ACCOUNT, 0L);
        income.put(IncomeItem.NON_FISCAL_CARRYOVER_UNIT_FUNDS, c);
        var builder = RevenueExpenditureSummary.builder().unit(plan.unit());
        income.forEach((item, amount) -> builder.addIncomeLines(SummaryIncomeLine.builder().item(item)
                .name(item.label()).putAllAmounts(money.cells(SummaryColumn.class, Map.of(SummaryColumn.BUDGET,
                        amount))).build()));
        builder.incomeTotal(totals("收入总计", SummaryColumn.class, Map.of(SummaryColumn.BUDGET, g + f + s + u + c)));
        Map<CatalogEntry<FunctionalCode>, Long> byCategory = byCategory(l -> basic(l) + project(l));
        byCategory.forEach((entry, amount) -> builder.addExpenditureLines(SummaryExpenditureLine.builder()
                .code(entry.code()).name(entry.name())
                .putAllAmounts(money.cells(SummaryColumn.class, Map.of(SummaryColumn.BUDGET, amount))).build()));
        builder.expenditureTotal(totals("支出总计", SummaryColumn.class,
                Map.of(SummaryColumn.BUDGET, g + f + s + u + c)));
        return builder.build();
    }

    /** Amounts by functional 类, every catalog 类 when the style lists all, else those with amounts. */
    private Map<CatalogEntry<FunctionalCode>, Long> byCategory(ToLongFunction<Leaf> amount) {
        Map<String, CatalogEntry<FunctionalCode>> entries = new TreeMap<>();
        Map<String, Long> sums = new TreeMap<>();
        if (plan.style().allCategories()) {
            for (CatalogEntry<FunctionalCode> e : Categories.CERTAIN) {
                entries.put(e.code().digits(), e);
                sums.put(e.code().digits(), 0L);
            }
        }
        for (Leaf leaf : plan.leaves()) {
            long a = amount.applyAsLong(leaf);
            FunctionalCode category = leaf.entry().code().category();
            if (a != 0 || plan.style().allCategories()) {
                entries.put(category.digits(), CodeArbitraries.functionalCatalog().find(category).orElseThrow());
                sums.merge(category.digits(), a, Long::sum);
            }
        }
        Map<CatalogEntry<FunctionalCode>, Long> out = new LinkedHashMap<>();
        sums.forEach((digits, a) -> out.put(entries.get(digits), a));
        return out;
    }

    /** @return 表2 收入总体情况表 */
    public RevenueSummary table2() {
        Map<CatalogEntry<FunctionalCode>, Map<RevenueColumn, Long>> leaves = new LinkedHashMap<>();
        for (Leaf l : plan.leaves()) {
            Map<RevenueColumn, Long> a = new EnumMap<>(RevenueColumn.class);
            long fiscal = general(l) + l.fund().total() + l.capital().total();
            a.put(RevenueColumn.TOTAL, fiscal + unitFunds(l) + l.carryover().total());
            a.put(RevenueColumn.FISCAL_SUBTOTAL, fiscal);
            a.put(RevenueColumn.GENERAL_PUBLIC_BUDGET, general(l));
            a.put(RevenueColumn.GOVERNMENT_FUND_BUDGET, l.fund().total());
            a.put(RevenueColumn.STATE_CAPITAL_OPERATION_BUDGET, l.capital().total());
            a.put(RevenueColumn.UNIT_FUNDS, unitFunds(l));
            a.put(RevenueColumn.NON_FISCAL_CARRYOVER, l.carryover().total());
            put(leaves, l, a, RevenueColumn.TOTAL);
        }
        var builder = RevenueSummary.builder().unit(plan.unit());
        List<Hierarchy.Row<RevenueColumn>> rows = Hierarchy.rollUp(leaves, RevenueColumn.class);
        rows.forEach(r -> builder.addRows(RevenueRow.builder().code(r.entry().code()).name(r.entry().name())
                .putAllAmounts(money.cells(RevenueColumn.class, r.amounts())).build()));
        return builder.totals(totals("总计", RevenueColumn.class, categoryTotals(rows, RevenueColumn.class))).build();
    }

    private static <C extends Enum<C>> void put(Map<CatalogEntry<FunctionalCode>, Map<C, Long>> leaves, Leaf l,
            Map<C, Long> amounts, C total) {
        if (amounts.getOrDefault(total, 0L) != 0) {
            leaves.put(l.entry(), amounts);
        }
    }

    private static <C extends Enum<C>> Map<C, Long> categoryTotals(List<Hierarchy.Row<C>> rows, Class<C> type) {
        Map<C, Long> totals = new EnumMap<>(type);
        for (C column : type.getEnumConstants()) {
            totals.put(column, 0L);
        }
        rows.stream().filter(r -> r.entry().code().level() == ClassificationLevel.CATEGORY)
                .forEach(r -> r.amounts().forEach((c, a) -> totals.merge(c, a, Long::sum)));
        return totals;
    }

    private List<Hierarchy.Row<ExpenditureColumn>> expenditureRows(ToLongFunction<Leaf> basic,
            ToLongFunction<Leaf> project) {
        Map<CatalogEntry<FunctionalCode>, Map<ExpenditureColumn, Long>> leaves = new LinkedHashMap<>();
        for (Leaf l : plan.leaves()) {
            Map<ExpenditureColumn, Long> a = new EnumMap<>(ExpenditureColumn.class);
            long b = basic.applyAsLong(l);
            long p = project.applyAsLong(l);
            a.put(ExpenditureColumn.TOTAL, b + p);
            a.put(ExpenditureColumn.BASIC, b);
            a.put(ExpenditureColumn.PROJECT, p);
            put(leaves, l, a, ExpenditureColumn.TOTAL);
        }
        return Hierarchy.rollUp(leaves, ExpenditureColumn.class);
    }

    private List<ExpenditureRow> printedExpenditureRows(List<Hierarchy.Row<ExpenditureColumn>> rows) {
        return rows.stream().map(r -> (ExpenditureRow) ExpenditureRow.builder().code(r.entry().code())
                .name(r.entry().name()).putAllAmounts(money.cells(ExpenditureColumn.class, r.amounts())).build())
                .toList();
    }

    /** @return 表3 支出总体情况表 */
    public ExpenditureSummary table3() {
        List<Hierarchy.Row<ExpenditureColumn>> rows = expenditureRows(this::basic, this::project);
        return ExpenditureSummary.builder().unit(plan.unit()).addAllRows(printedExpenditureRows(rows))
                .totals(totals("总计", ExpenditureColumn.class, categoryTotals(rows, ExpenditureColumn.class)))
                .build();
    }

    /** @return 表4 财政拨款收支预算总体情况表 */
    public FiscalAppropriationSummary table4() {
        long g = sum(this::general);
        long f = sum(l -> l.fund().total());
        long s = sum(l -> l.capital().total());
        var builder = FiscalAppropriationSummary.builder().unit(plan.unit());
        Map<FiscalIncomeItem, Long> income = new LinkedHashMap<>();
        income.put(FiscalIncomeItem.FISCAL_APPROPRIATION, g + f + s);
        income.put(FiscalIncomeItem.GENERAL_PUBLIC_BUDGET, g);
        income.put(FiscalIncomeItem.GOVERNMENT_FUND_BUDGET, f);
        income.put(FiscalIncomeItem.STATE_CAPITAL_OPERATION_BUDGET, s);
        if (plan.style().allCategories()) {
            income.put(FiscalIncomeItem.PRIOR_YEAR_CARRYOVER, 0L);
            income.put(FiscalIncomeItem.CARRYOVER_GENERAL_PUBLIC_BUDGET, 0L);
            income.put(FiscalIncomeItem.CARRYOVER_GOVERNMENT_FUND_BUDGET, 0L);
            income.put(FiscalIncomeItem.CARRYOVER_STATE_CAPITAL_OPERATION_BUDGET, 0L);
        }
        income.forEach((item, amount) -> builder.addIncomeLines(FiscalIncomeLine.builder().item(item)
                .name(item.label()).putAllAmounts(money.cells(FiscalIncomeColumn.class,
                        Map.of(FiscalIncomeColumn.TOTAL, amount))).build()));
        builder.incomeTotal(totals("收入总计", FiscalIncomeColumn.class, Map.of(FiscalIncomeColumn.TOTAL, g + f + s)));
        Map<CatalogEntry<FunctionalCode>, Long> gByCategory = byCategory(this::general);
        Map<CatalogEntry<FunctionalCode>, Long> fByCategory = byCategory(l -> l.fund().total());
        Map<CatalogEntry<FunctionalCode>, Long> sByCategory = byCategory(l -> l.capital().total());
        Map<CatalogEntry<FunctionalCode>, Long> all = byCategory(l -> general(l) + l.fund().total()
                + l.capital().total());
        all.forEach((entry, amount) -> {
            Map<FiscalExpenditureColumn, Long> a = new EnumMap<>(FiscalExpenditureColumn.class);
            a.put(FiscalExpenditureColumn.TOTAL, amount);
            a.put(FiscalExpenditureColumn.GENERAL_PUBLIC_BUDGET, gByCategory.getOrDefault(entry, 0L));
            a.put(FiscalExpenditureColumn.GOVERNMENT_FUND_BUDGET, fByCategory.getOrDefault(entry, 0L));
            a.put(FiscalExpenditureColumn.STATE_CAPITAL_OPERATION_BUDGET, sByCategory.getOrDefault(entry, 0L));
            builder.addExpenditureLines(FiscalExpenditureLine.builder().code(entry.code()).name(entry.name())
                    .putAllAmounts(money.cells(FiscalExpenditureColumn.class, a)).build());
        });
        Map<FiscalExpenditureColumn, Long> total = new EnumMap<>(FiscalExpenditureColumn.class);
        total.put(FiscalExpenditureColumn.TOTAL, g + f + s);
        total.put(FiscalExpenditureColumn.GENERAL_PUBLIC_BUDGET, g);
        total.put(FiscalExpenditureColumn.GOVERNMENT_FUND_BUDGET, f);
        total.put(FiscalExpenditureColumn.STATE_CAPITAL_OPERATION_BUDGET, s);
        builder.expenditureTotal(totals("支出总计", FiscalExpenditureColumn.class, total));
        return builder.build();
    }

    /** @return 表5 一般公共预算支出情况表 */
    public GeneralBudgetExpenditure table5() {
        List<Hierarchy.Row<ExpenditureColumn>> rows = expenditureRows(l -> l.gPersonnel() + l.gPublic(),
                plan::gProject);
        return GeneralBudgetExpenditure.builder().unit(plan.unit()).addAllRows(printedExpenditureRows(rows))
                .totals(totals("总计", ExpenditureColumn.class, categoryTotals(rows, ExpenditureColumn.class)))
                .build();
    }

    /** @return 表6 一般公共预算基本支出情况表 */
    public GeneralBudgetBasicExpenditure table6() {
        Map<String, Map<BasicExpenditureColumn, Long>> sums = new TreeMap<>();
        Map<String, CatalogEntry<EconomicCode>> entries = new TreeMap<>();
        addEconomic(sums, entries, plan.personnel(), BasicExpenditureColumn.PERSONNEL);
        addEconomic(sums, entries, plan.publicExpenses(), BasicExpenditureColumn.PUBLIC_EXPENSES);
        var builder = GeneralBudgetBasicExpenditure.builder().unit(plan.unit());
        sums.forEach((digits, a) -> builder.addRows(BasicExpenditureRow.builder().code(entries.get(digits).code())
                .name(entries.get(digits).name()).putAllAmounts(money.cells(BasicExpenditureColumn.class, a))
                .build()));
        long p = plan.personnel().stream().mapToLong(EconomicAmount::amount).sum();
        long q = plan.publicExpenses().stream().mapToLong(EconomicAmount::amount).sum();
        Map<BasicExpenditureColumn, Long> total = new EnumMap<>(BasicExpenditureColumn.class);
        total.put(BasicExpenditureColumn.TOTAL, p + q);
        total.put(BasicExpenditureColumn.PERSONNEL, p);
        total.put(BasicExpenditureColumn.PUBLIC_EXPENSES, q);
        return builder.totals(totals("总计", BasicExpenditureColumn.class, total)).build();
    }

    private static void addEconomic(Map<String, Map<BasicExpenditureColumn, Long>> sums,
            Map<String, CatalogEntry<EconomicCode>> entries, List<EconomicAmount> amounts,
            BasicExpenditureColumn column) {
        for (EconomicAmount e : amounts) {
            EconomicCode section = e.entry().code();
            EconomicCode category = section.category();
            entries.put(section.digits(), e.entry());
            entries.put(category.digits(), CodeArbitraries.economicCatalog().find(category).orElseThrow());
            for (String digits : List.of(section.digits(), category.digits())) {
                Map<BasicExpenditureColumn, Long> a = sums.computeIfAbsent(digits,
                        k -> new EnumMap<>(BasicExpenditureColumn.class));
                a.merge(BasicExpenditureColumn.TOTAL, e.amount(), Long::sum);
                a.merge(column, e.amount(), Long::sum);
            }
        }
    }

    /** @return 表7 一般公共预算项目支出情况表 */
    public GeneralBudgetProjectExpenditure table7() {
        var builder = GeneralBudgetProjectExpenditure.builder().unit(plan.unit());
        if (plan.projects().isEmpty()) {
            return builder.emptyNote(emptyNote("一般公共预算项目支出", "一般公共预算项目支出情况表")).build();
        }
        Map<ProjectExpenditureColumn, Long> grand = new EnumMap<>(ProjectExpenditureColumn.class);
        for (String subUnit : plan.subUnits()) {
            List<Project> projects = plan.projects().stream().filter(p -> p.subUnit().equals(subUnit)).toList();
            if (projects.isEmpty()) {
                continue;
            }
            Map<ProjectExpenditureColumn, Long> unitSum = projectSum(projects);
            unitSum.forEach((c, a) -> grand.merge(c, a, Long::sum));
            builder.addRows(ProjectExpenditureRow.builder().rowKind(ProjectRowKind.SUB_UNIT_SUBTOTAL).name(subUnit)
                    .subUnit(subUnit).putAllAmounts(money.cells(ProjectExpenditureColumn.class, unitSum)).build());
            Map<CatalogEntry<FunctionalCode>, Map<ProjectExpenditureColumn, Long>> leaves = new LinkedHashMap<>();
            for (Project p : projects) {
                leaves.merge(p.leaf(), withTotal(p.amounts()), ValidDisclosure::add);
            }
            for (Hierarchy.Row<ProjectExpenditureColumn> row : Hierarchy.rollUp(leaves,
                    ProjectExpenditureColumn.class)) {
                if (row.entry().code().level() != ClassificationLevel.ITEM) {
                    builder.addRows(ProjectExpenditureRow.builder().rowKind(ProjectRowKind.CLASSIFICATION_SUBTOTAL)
                            .code(row.entry().code()).name(row.entry().name()).subUnit(subUnit)
                            .putAllAmounts(money.cells(ProjectExpenditureColumn.class, row.amounts())).build());
                    continue;
                }
                for (Project p : projects) {
                    if (p.leaf().equals(row.entry())) {
                        builder.addRows(ProjectExpenditureRow.builder().rowKind(ProjectRowKind.PROJECT)
                                .code(p.leaf().code()).name(p.leaf().name()).projectName(p.name()).subUnit(subUnit)
                                .putAllAmounts(money.cells(ProjectExpenditureColumn.class, withTotal(p.amounts())))
                                .build());
                    }
                }
            }
        }
        return builder.totals(totals("总计", ProjectExpenditureColumn.class, grand)).build();
    }

    private static Map<ProjectExpenditureColumn, Long> withTotal(Map<ProjectExpenditureColumn, Long> amounts) {
        Map<ProjectExpenditureColumn, Long> a = new EnumMap<>(amounts);
        a.put(ProjectExpenditureColumn.TOTAL, amounts.values().stream().mapToLong(Long::longValue).sum());
        return a;
    }

    private static Map<ProjectExpenditureColumn, Long> projectSum(List<Project> projects) {
        Map<ProjectExpenditureColumn, Long> sum = new EnumMap<>(ProjectExpenditureColumn.class);
        for (Project p : projects) {
            withTotal(p.amounts()).forEach((c, a) -> sum.merge(c, a, Long::sum));
        }
        return sum;
    }

    private static Map<ProjectExpenditureColumn, Long> add(Map<ProjectExpenditureColumn, Long> a,
            Map<ProjectExpenditureColumn, Long> b) {
        Map<ProjectExpenditureColumn, Long> sum = new EnumMap<>(ProjectExpenditureColumn.class);
        sum.putAll(a);
        b.forEach((c, v) -> sum.merge(c, v, Long::sum));
        return sum;
    }

    private List<Hierarchy.Row<FundExpenditureColumn>> fundRows(java.util.function.Function<Leaf, Plan.Split> of) {
        Map<CatalogEntry<FunctionalCode>, Map<FundExpenditureColumn, Long>> leaves = new LinkedHashMap<>();
        for (Leaf l : plan.leaves()) {
            Plan.Split s = of.apply(l);
            Map<FundExpenditureColumn, Long> a = new EnumMap<>(FundExpenditureColumn.class);
            a.put(FundExpenditureColumn.TOTAL, s.total());
            a.put(FundExpenditureColumn.PERSONNEL, s.personnel());
            a.put(FundExpenditureColumn.PUBLIC_EXPENSES, s.publicExpenses());
            a.put(FundExpenditureColumn.PROJECT, s.project());
            put(leaves, l, a, FundExpenditureColumn.TOTAL);
        }
        return Hierarchy.rollUp(leaves, FundExpenditureColumn.class);
    }

    private List<FundExpenditureRow> printedFundRows(List<Hierarchy.Row<FundExpenditureColumn>> rows) {
        return rows.stream().map(r -> (FundExpenditureRow) FundExpenditureRow.builder().code(r.entry().code())
                .name(r.entry().name()).putAllAmounts(money.cells(FundExpenditureColumn.class, r.amounts()))
                .build()).toList();
    }

    /** @return 表8 政府性基金预算支出情况表, declared empty when the budget has no such funds */
    public GovernmentFundExpenditure table8() {
        List<Hierarchy.Row<FundExpenditureColumn>> rows = fundRows(Leaf::fund);
        var builder = GovernmentFundExpenditure.builder().unit(plan.unit());
        if (rows.isEmpty()) {
            return builder.emptyNote(emptyNote("政府性基金预算拨款", "政府性基金预算支出情况表")).build();
        }
        return builder.addAllRows(printedFundRows(rows))
                .totals(totals("合计", FundExpenditureColumn.class, categoryTotals(rows, FundExpenditureColumn.class)))
                .build();
    }

    /** @return 表9 国有资本经营预算支出情况表, declared empty when the budget has no such funds */
    public StateCapitalExpenditure table9() {
        List<Hierarchy.Row<FundExpenditureColumn>> rows = fundRows(Leaf::capital);
        var builder = StateCapitalExpenditure.builder().unit(plan.unit());
        if (rows.isEmpty()) {
            return builder.emptyNote(emptyNote("国有资本经营预算拨款", "国有资本经营预算支出情况表")).build();
        }
        return builder.addAllRows(printedFundRows(rows))
                .totals(totals("合计", FundExpenditureColumn.class, categoryTotals(rows, FundExpenditureColumn.class)))
                .build();
    }

    /** @return 表10 财政拨款“三公”经费支出情况表, all paid from the general public budget */
    public ThreePublicExpenses table10() {
        Plan.ThreePublic t = plan.threePublic();
        var builder = ThreePublicExpenses.builder().unit(plan.unit());
        Map<ThreePublicExpenseItem, Long> items = new LinkedHashMap<>();
        items.put(ThreePublicExpenseItem.OVERSEAS_TRAVEL, t.overseas());
        items.put(ThreePublicExpenseItem.OFFICIAL_RECEPTION, t.reception());
        items.put(ThreePublicExpenseItem.OFFICIAL_VEHICLES, t.vehiclePurchase() + t.vehicleOperation());
        items.put(ThreePublicExpenseItem.VEHICLE_PURCHASE, t.vehiclePurchase());
        items.put(ThreePublicExpenseItem.VEHICLE_OPERATION, t.vehicleOperation());
        items.forEach((item, amount) -> builder.addRows(ThreePublicExpenseRow.builder().item(item).name(item.label())
                .putAllAmounts(money.cells(ThreePublicExpenseColumn.class, threePublicCells(amount))).build()));
        return builder.totals(totals("合计", ThreePublicExpenseColumn.class, threePublicCells(t.total()))).build();
    }

    private static Map<ThreePublicExpenseColumn, Long> threePublicCells(long amount) {
        Map<ThreePublicExpenseColumn, Long> a = new EnumMap<>(ThreePublicExpenseColumn.class);
        a.put(ThreePublicExpenseColumn.TOTAL, amount);
        a.put(ThreePublicExpenseColumn.GENERAL_PUBLIC_BUDGET, amount);
        return a;
    }

    /** @return 表11 上年结转结余情况明细表, declared empty when nothing is carried over */
    public CarryoverDetail table11() {
        Map<CatalogEntry<FunctionalCode>, Map<CarryoverColumn, Long>> leaves = new LinkedHashMap<>();
        for (Leaf l : plan.leaves()) {
            Plan.Split c = l.carryover();
            Map<CarryoverColumn, Long> a = new EnumMap<>(CarryoverColumn.class);
            a.put(CarryoverColumn.TOTAL, c.total());
            a.put(CarryoverColumn.NON_FISCAL_TOTAL, c.total());
            a.put(CarryoverColumn.NON_FISCAL_PERSONNEL, c.personnel());
            a.put(CarryoverColumn.NON_FISCAL_PUBLIC_EXPENSES, c.publicExpenses());
            a.put(CarryoverColumn.NON_FISCAL_PROJECT, c.project());
            put(leaves, l, a, CarryoverColumn.TOTAL);
        }
        var builder = CarryoverDetail.builder().unit(plan.unit());
        if (leaves.isEmpty()) {
            return builder.emptyNote(emptyNote("上年结转结余预算", "上年结转结余情况明细表")).build();
        }
        List<Hierarchy.Row<CarryoverColumn>> rows = Hierarchy.rollUp(leaves, CarryoverColumn.class);
        rows.forEach(r -> builder.addRows(CarryoverRow.builder().code(r.entry().code()).name(r.entry().name())
                .putAllAmounts(money.cells(CarryoverColumn.class, r.amounts())).build()));
        return builder.totals(totals("总计", CarryoverColumn.class, categoryTotals(rows, CarryoverColumn.class)))
                .build();
    }

    private String emptyNote(String funds, String table) {
        return plan.entityName() + " " + YEAR + " 年没有使用" + funds + "安排的支出，" + table + "为空表。";
    }

    private <C extends Enum<C> & AmountColumn> TotalsRow<C> totals(String label, Class<C> type,
            Map<C, Long> amounts) {
        return TotalsRow.<C>builder().name(label).putAllAmounts(money.cells(type, amounts)).build();
    }

    // ---- the rest -----------------------------------------------------------------------------------------------

    private Overview overview() {
        return Overview.builder()
                .addMainFunctions("负责本部门日常运转和后勤保障工作。", "完成上级交办的其他事项。")
                .internalStructure("内设综合科、业务科。")
                .addAllSubordinateUnits(plan.subUnits().subList(1, plan.subUnits().size()))
                .staffing(Staffing.builder().authorizedPosts(40).actualHeadcount(36)
                        .inService(StaffChange.of(36, 0)).retired(StaffChange.of(12, 1)).build())
                .build();
    }

    private List<NarrativeSection> narrative() {
        return List.of(
                NarrativeSection.builder().title("收支预算总体情况").text("本部门收入全部为本年预算安排，支出按功能分类列示。")
                        .build(),
                NarrativeSection.builder().title("“三公”经费支出情况").text("“三公”经费严格按照规定控制。").build());
    }

    private OtherMatters otherMatters(ValidPerformance performance) {
        long publicTotal = plan.publicExpenses().stream().mapToLong(EconomicAmount::amount).sum();
        // 当年财政拨款项目: the projects of 表7 and the project expenditure of 表8 and 表9.
        long projectTotal = plan.projects().stream().mapToLong(Project::total).sum()
                + sum(l -> l.fund().project()) + sum(l -> l.capital().project());
        return OtherMatters.builder()
                .runningCosts(RunningCosts.builder()
                        .kind(plan.kind() == EntityKind.DEPARTMENT ? RunningCostKind.ORGAN
                                : RunningCostKind.ADMINISTRATIVE)
                        .amount(money.amount(publicTotal)).unit(plan.unit()).build())
                .performanceSummary(PerformanceSummary.builder().unit(plan.unit())
                        .overallTargetCount(1).overallTargetAmount(money.amount(performance.overallTotal()))
                        .fiscalProjectCount(plan.projects().size()).fiscalProjectAmount(money.amount(projectTotal))
                        .nonFiscalProjectCount(0).nonFiscalProjectAmount(money.amount(0))
                        .build())
                .build();
    }

    /** Prints amounts of 0.01 万元 in the plan's unit, zero as blank or as 0.00. */
    static final class Money {
        private final MoneyUnit unit;
        private final boolean zeroAsBlank;

        Money(MoneyUnit unit, boolean zeroAsBlank) {
            this.unit = unit;
            this.zeroAsBlank = zeroAsBlank;
        }

        BigDecimal amount(long cents) {
            long unscaled = unit == MoneyUnit.YUAN ? Math.multiplyExact(cents, 10_000L) : cents;
            return BigDecimal.valueOf(unscaled, 2);
        }

        String label() {
            return unit.label();
        }

        <C extends Enum<C>> Map<C, BigDecimal> cells(Class<C> type, Map<C, Long> amounts) {
            Map<C, BigDecimal> cells = new EnumMap<>(type);
            for (C column : type.getEnumConstants()) {
                long a = amounts.getOrDefault(column, 0L);
                if (a != 0 || !zeroAsBlank) {
                    cells.put(column, amount(a));
                }
            }
            return cells;
        }
    }

    /**
     * The total income of the plan (表1 收入总计), in 0.01 万元.
     *
     * @return the total
     */
    long incomeTotal() {
        return currentIncome() + carryoverIncome();
    }

    /**
     * The fiscal appropriations of the plan (财政拨款), in 0.01 万元.
     *
     * @return the amount
     */
    long fiscalIncome() {
        return sum(this::general) + sum(l -> l.fund().total()) + sum(l -> l.capital().total());
    }

    /**
     * The performance sheets of the plan.
     *
     * @return the sheets' deriver
     */
    public ValidPerformance performance() {
        return new ValidPerformance(plan, money, fiscalIncome(), incomeTotal() - fiscalIncome());
    }
}
