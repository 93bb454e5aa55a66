package org.yusuan.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.codes.ClassificationLevel;
import org.yusuan.codes.CodeNames;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.performance.FirstLevelIndicatorKind;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.TargetForm;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.CarryoverColumn;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FiscalIncomeColumn;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.model.table.RevenueColumn;
import org.yusuan.model.table.RowTable;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.TableSection;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.TotalsRow;
import org.yusuan.testkit.Disclosures;

/**
 * {@link Disclosures#valid()} generates disclosures that add up, checked here with arithmetic written from the
 * template's rules, independently of the generator's code.
 */
class ValidDisclosuresTest {

    private static final ClassificationCatalog<FunctionalCode> FUNCTIONAL = ClassificationCatalog.functional(2024);
    private static final ClassificationCatalog<EconomicCode> ECONOMIC = ClassificationCatalog.economic(2024);

    @Provide
    Arbitrary<BudgetDisclosure> valid() {
        return Disclosures.valid();
    }

    @Property
    void everyCodeIsInTheCatalogWithItsName(@ForAll("valid") BudgetDisclosure d) {
        for (BudgetTable table : d.tables()) {
            for (TableSection<?> section : table.sections()) {
                for (TableRow<?> row : section.getRows()) {
                    row.classificationCode().ifPresent(code -> {
                        Optional<String> name = code instanceof FunctionalCode f ? FUNCTIONAL.nameOf(f)
                                : ECONOMIC.nameOf((EconomicCode) code);
                        assertTrue(name.isPresent(), () -> code + " in " + table.getKind() + " is in no catalog");
                        assertTrue(CodeNames.sameName(name.get(), row.getName().orElse("")),
                                () -> code + " printed as " + row.getName() + ", catalog says " + name.get());
                    });
                }
            }
        }
    }

    @Property
    void everyAmountIsAtScaleTwoInOneUnit(@ForAll("valid") BudgetDisclosure d) {
        assertEquals(1, d.tables().stream().map(BudgetTable::getUnit).distinct().count());
        for (BudgetTable table : d.tables()) {
            for (TableSection<?> section : table.sections()) {
                List<TableRow<?>> rows = new ArrayList<>(section.getRows());
                section.getTotals().ifPresent(rows::add);
                rows.forEach(r -> r.getAmounts().values().forEach(a -> assertEquals(2, a.scale(), table.getKind()
                        + " prints " + a)));
            }
        }
        Statistics.label("unit").collect(d.tables().get(0).getUnit());
    }

    @Property
    void everyRowAddsUpAcrossItsColumns(@ForAll("valid") BudgetDisclosure d) {
        d.getRevenueSummary().ifPresent(t -> rowsOf(t).forEach(r -> {
            BigDecimal fiscal = sum(r, RevenueColumn.GENERAL_PUBLIC_BUDGET, RevenueColumn.GENERAL_PUBLIC_BUDGET_TRANSFER,
                    RevenueColumn.GOVERNMENT_FUND_BUDGET, RevenueColumn.GOVERNMENT_FUND_TRANSFER,
                    RevenueColumn.STATE_CAPITAL_OPERATION_BUDGET, RevenueColumn.STATE_CAPITAL_OPERATION_TRANSFER);
            same(fiscal, v(r, RevenueColumn.FISCAL_SUBTOTAL), "表2 财政拨款小计 of " + r.getName());
            same(sum(r, RevenueColumn.FISCAL_SUBTOTAL, RevenueColumn.FISCAL_SPECIAL_ACCOUNT, RevenueColumn.UNIT_FUNDS,
                    RevenueColumn.FISCAL_CARRYOVER, RevenueColumn.NON_FISCAL_CARRYOVER), v(r, RevenueColumn.TOTAL),
                    "表2 总计 of " + r.getName());
        }));
        for (Optional<? extends RowTable<ExpenditureRow, ExpenditureColumn>> t : List.of(d.getExpenditureSummary(),
                d.getGeneralBudgetExpenditure())) {
            t.ifPresent(table -> rowsOf(table).forEach(r -> same(sum(r, ExpenditureColumn.BASIC,
                    ExpenditureColumn.PROJECT), v(r, ExpenditureColumn.TOTAL), table.getKind() + " " + r.getName())));
        }
        d.getFiscalAppropriationSummary().ifPresent(t -> {
            List<TableRow<FiscalExpenditureColumn>> rows = new ArrayList<>(t.getExpenditureLines());
            t.getExpenditureTotal().ifPresent(rows::add);
            rows.forEach(r -> same(sum(r, FiscalExpenditureColumn.GENERAL_PUBLIC_BUDGET,
                    FiscalExpenditureColumn.GOVERNMENT_FUND_BUDGET, FiscalExpenditureColumn.STATE_CAPITAL_OPERATION_BUDGET),
                    v(r, FiscalExpenditureColumn.TOTAL), "表4 " + r.getName()));
        });
        d.getGeneralBudgetBasicExpenditure().ifPresent(t -> rowsOf(t).forEach(r -> same(sum(r,
                BasicExpenditureColumn.PERSONNEL, BasicExpenditureColumn.PUBLIC_EXPENSES),
                v(r, BasicExpenditureColumn.TOTAL), "表6 " + r.getName())));
        d.getGeneralBudgetProjectExpenditure().ifPresent(t -> rowsOf(t).forEach(r -> {
            BigDecimal parts = BigDecimal.ZERO;
            for (ProjectExpenditureColumn c : ProjectExpenditureColumn.values()) {
                if (c != ProjectExpenditureColumn.TOTAL) {
                    parts = parts.add(v(r, c));
                }
            }
            same(parts, v(r, ProjectExpenditureColumn.TOTAL), "表7 " + r.getName());
        }));
        for (Optional<? extends RowTable<?, FundExpenditureColumn>> t : List.of(d.getGovernmentFundExpenditure(),
                d.getStateCapitalExpenditure())) {
            t.ifPresent(table -> rowsOf(table).forEach(r -> same(sum(r, FundExpenditureColumn.PERSONNEL,
                    FundExpenditureColumn.PUBLIC_EXPENSES, FundExpenditureColumn.PROJECT),
                    v(r, FundExpenditureColumn.TOTAL), table.getKind() + " " + r.getName())));
        }
        d.getThreePublicExpenses().ifPresent(t -> rowsOf(t).forEach(r -> same(sum(r,
                ThreePublicExpenseColumn.GENERAL_PUBLIC_BUDGET, ThreePublicExpenseColumn.GOVERNMENT_FUND,
                ThreePublicExpenseColumn.STATE_CAPITAL_OPERATION_BUDGET), v(r, ThreePublicExpenseColumn.TOTAL),
                "表10 " + r.getName())));
        d.getCarryoverDetail().ifPresent(t -> rowsOf(t).forEach(r -> {
            same(sum(r, CarryoverColumn.FISCAL_PERSONNEL, CarryoverColumn.FISCAL_PUBLIC_EXPENSES,
                    CarryoverColumn.FISCAL_PROJECT), v(r, CarryoverColumn.FISCAL_TOTAL), "表11 财政拨款 " + r.getName());
            same(sum(r, CarryoverColumn.NON_FISCAL_PERSONNEL, CarryoverColumn.NON_FISCAL_PUBLIC_EXPENSES,
                    CarryoverColumn.NON_FISCAL_PROJECT), v(r, CarryoverColumn.NON_FISCAL_TOTAL),
                    "表11 非财政拨款 " + r.getName());
            same(sum(r, CarryoverColumn.FISCAL_TOTAL, CarryoverColumn.NON_FISCAL_TOTAL), v(r, CarryoverColumn.TOTAL),
                    "表11 总计 " + r.getName());
        }));
    }

    @Property
    void everyParentRowIsTheSumOfItsChildrenAndTheTotalsRowOfTheCategories(@ForAll("valid") BudgetDisclosure d) {
        for (TableKind kind : List.of(TableKind.REVENUE_SUMMARY, TableKind.EXPENDITURE_SUMMARY,
                TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE,
                TableKind.GOVERNMENT_FUND_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE,
                TableKind.CARRYOVER_DETAIL)) {
            d.table(kind).filter(table -> !table.isDeclaredEmpty())
                    .ifPresent(table -> hierarchyAddsUp(table.sections().get(0)));
        }
        d.getGeneralBudgetProjectExpenditure().ifPresent(t -> {
            List<ProjectExpenditureRow> projects = t.getRows().stream()
                    .filter(r -> r.getRowKind() == ProjectRowKind.PROJECT).toList();
            for (ProjectExpenditureRow r : t.getRows()) {
                List<ProjectExpenditureRow> covered = switch (r.getRowKind()) {
                    case PROJECT -> List.of(r);
                    case SUB_UNIT_SUBTOTAL -> projects.stream().filter(p -> p.getSubUnit().equals(r.getSubUnit()))
                            .toList();
                    case CLASSIFICATION_SUBTOTAL -> projects.stream()
                            .filter(p -> p.getSubUnit().equals(r.getSubUnit())
                                    && r.getCode().get().isAncestorOf(p.getCode().get()))
                            .toList();
                };
                for (ProjectExpenditureColumn c : ProjectExpenditureColumn.values()) {
                    same(covered.stream().map(p -> v(p, c)).reduce(BigDecimal.ZERO, BigDecimal::add), v(r, c),
                            "表7 " + r.getRowKind() + " " + r.getName() + " " + c);
                }
            }
            t.getTotals().ifPresent(total -> {
                for (ProjectExpenditureColumn c : ProjectExpenditureColumn.values()) {
                    same(projects.stream().map(p -> v(p, c)).reduce(BigDecimal.ZERO, BigDecimal::add), v(total, c),
                            "表7 总计 " + c);
                }
            });
        });
        d.getThreePublicExpenses().ifPresent(t -> {
            for (ThreePublicExpenseColumn c : ThreePublicExpenseColumn.values()) {
                same(add(item(t.getRows(), ThreePublicExpenseItem.VEHICLE_PURCHASE, c),
                        item(t.getRows(), ThreePublicExpenseItem.VEHICLE_OPERATION, c)),
                        item(t.getRows(), ThreePublicExpenseItem.OFFICIAL_VEHICLES, c), "表10 公务用车 " + c);
                same(add(item(t.getRows(), ThreePublicExpenseItem.OVERSEAS_TRAVEL, c),
                        item(t.getRows(), ThreePublicExpenseItem.OFFICIAL_RECEPTION, c),
                        item(t.getRows(), ThreePublicExpenseItem.OFFICIAL_VEHICLES, c)),
                        v(t.getTotals().orElseThrow(), c), "表10 合计 " + c);
            }
        });
    }

    @Property
    void table1AddsUpAndBalances(@ForAll("valid") BudgetDisclosure d) {
        var t1 = d.getRevenueExpenditureSummary().orElseThrow();
        BigDecimal income = v(t1.getIncomeTotal().orElseThrow(), SummaryColumn.BUDGET);
        same(income, v(t1.getExpenditureTotal().orElseThrow(), SummaryColumn.BUDGET), "表1 收入总计 = 支出总计");
        same(t1.getExpenditureLines().stream().map(l -> v(l, SummaryColumn.BUDGET))
                .reduce(BigDecimal.ZERO, BigDecimal::add), income, "表1 支出 lines");
        same(add(line(t1.getIncomeLines(), IncomeItem.CURRENT_YEAR_INCOME),
                line(t1.getIncomeLines(), IncomeItem.PRIOR_YEAR_CARRYOVER)), income, "表1 收入 lines");
        for (IncomeItem parent : IncomeItem.values()) {
            List<IncomeItem> children = List.of(IncomeItem.values()).stream()
                    .filter(i -> i.parent().equals(Optional.of(parent))).toList();
            if (!children.isEmpty()) {
                same(children.stream().map(c -> line(t1.getIncomeLines(), c)).reduce(BigDecimal.ZERO, BigDecimal::add),
                        line(t1.getIncomeLines(), parent), "表1 " + parent.label());
            }
        }
        Statistics.label("表1 上年结转结余").collect(line(t1.getIncomeLines(), IncomeItem.PRIOR_YEAR_CARRYOVER).signum() > 0);
    }

    @Property
    void crossTableQuantitiesAgree(@ForAll("valid") BudgetDisclosure d) {
        var t1 = d.getRevenueExpenditureSummary().orElseThrow();
        var t2 = d.getRevenueSummary().orElseThrow();
        var t3 = d.getExpenditureSummary().orElseThrow();
        var t4 = d.getFiscalAppropriationSummary().orElseThrow();
        var t5 = d.getGeneralBudgetExpenditure().orElseThrow();
        var t6 = d.getGeneralBudgetBasicExpenditure().orElseThrow();
        var t7 = d.getGeneralBudgetProjectExpenditure().orElseThrow();
        for (var line : t1.getExpenditureLines()) {
            same(v(line, SummaryColumn.BUDGET), byCode(t3, line.getCode().get(), ExpenditureColumn.TOTAL),
                    "表1 vs 表3 " + line.getCode().get());
        }
        for (var row : t2.getRows()) {
            same(v(row, RevenueColumn.TOTAL), byCode(t3, row.getCode().get(), ExpenditureColumn.TOTAL),
                    "表2 vs 表3 " + row.getCode().get());
        }
        same(total(t2, RevenueColumn.TOTAL), total(t3, ExpenditureColumn.TOTAL), "表2 vs 表3 总计");
        for (var line : t4.getExpenditureLines()) {
            FunctionalCode c = line.getCode().get();
            same(v(line, FiscalExpenditureColumn.GENERAL_PUBLIC_BUDGET), byCode(t5, c, ExpenditureColumn.TOTAL),
                    "表4 vs 表5 " + c);
            same(v(line, FiscalExpenditureColumn.GOVERNMENT_FUND_BUDGET), d.getGovernmentFundExpenditure()
                    .map(t -> byCode(t, c, FundExpenditureColumn.TOTAL)).orElse(BigDecimal.ZERO), "表4 vs 表8 " + c);
            same(v(line, FiscalExpenditureColumn.STATE_CAPITAL_OPERATION_BUDGET), d.getStateCapitalExpenditure()
                    .map(t -> byCode(t, c, FundExpenditureColumn.TOTAL)).orElse(BigDecimal.ZERO), "表4 vs 表9 " + c);
        }
        same(v(t4.getIncomeTotal().orElseThrow(), FiscalIncomeColumn.TOTAL),
                v(t4.getExpenditureTotal().orElseThrow(), FiscalExpenditureColumn.TOTAL), "表4 收入总计 = 支出总计");
        same(total(t5, ExpenditureColumn.BASIC), total(t6, BasicExpenditureColumn.TOTAL), "表5 基本支出 vs 表6");
        same(total(t5, ExpenditureColumn.PROJECT), t7.getTotals().map(r -> v(r, ProjectExpenditureColumn.TOTAL))
                .orElse(BigDecimal.ZERO), "表5 项目支出 vs 表7");
        same(d.getCarryoverDetail().flatMap(t -> t.getTotals()).map(r -> v(r, CarryoverColumn.TOTAL))
                .orElse(BigDecimal.ZERO), line(t1.getIncomeLines(), IncomeItem.PRIOR_YEAR_CARRYOVER), "表11 vs 表1");
        var t10 = d.getThreePublicExpenses().orElseThrow();
        same(item(t10.getRows(), ThreePublicExpenseItem.OFFICIAL_RECEPTION, ThreePublicExpenseColumn.TOTAL),
                economic(t6, "30217"), "表10 公务接待费 vs 表6 30217");
        same(item(t10.getRows(), ThreePublicExpenseItem.VEHICLE_OPERATION, ThreePublicExpenseColumn.TOTAL),
                economic(t6, "30231"), "表10 公务用车运行费 vs 表6 30231");
        Statistics.label("表8 declared empty").collect(d.getGovernmentFundExpenditure().get().isDeclaredEmpty());
        Statistics.label("projects").collect(t7.getRows().stream()
                .filter(r -> r.getRowKind() == ProjectRowKind.PROJECT).count());
    }

    @Property
    void performanceSheetsAddUpAndMatchTable7(@ForAll("valid") BudgetDisclosure d) {
        var overall = d.getOverallPerformanceTargets();
        assertEquals(1, overall.size());
        var f = overall.get(0).getFunding();
        same(f.getFiscalFromHigherLevel().add(f.getFiscalFromOwnLevel()).add(f.getOtherFunds()), f.getTotal().get(),
                "整体绩效 资金");
        same(f.getTotal().get(), v(d.getRevenueExpenditureSummary().get().getIncomeTotal().get(),
                SummaryColumn.BUDGET), "整体绩效 vs 表1 收入总计");
        weightsAndTargets(overall.get(0).getIndicators(), 100);
        List<ProjectExpenditureRow> projects = d.getGeneralBudgetProjectExpenditure().get().getRows().stream()
                .filter(r -> r.getRowKind() == ProjectRowKind.PROJECT).toList();
        assertEquals(projects.size(), d.getProjectPerformanceTargets().size());
        for (var sheet : d.getProjectPerformanceTargets()) {
            var pf = sheet.getFunding();
            same(pf.getFiscalAppropriation().add(pf.getOtherFunds()), pf.getTotal(), "项目绩效 资金");
            var row = projects.stream().filter(p -> p.getProjectName().equals(Optional.of(sheet.getProjectName())))
                    .findFirst().orElseThrow(() -> new AssertionError(sheet.getProjectName() + " is not in 表7"));
            same(v(row, ProjectExpenditureColumn.TOTAL), pf.getTotal(), "项目绩效 vs 表7 " + sheet.getProjectName());
            weightsAndTargets(sheet.getIndicators(), 90);
            assertTrue(sheet.getIndicators().stream().anyMatch(isCost()));
        }
    }

    private static Predicate<PerformanceIndicator> isCost() {
        return i -> i.getFirstLevel().getKind().equals(Optional.of(FirstLevelIndicatorKind.COST));
    }

    private static void weightsAndTargets(List<PerformanceIndicator> indicators, int total) {
        same(new BigDecimal(total), indicators.stream().map(i -> i.getWeight().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add), "权重合计");
        for (PerformanceIndicator i : indicators) {
            assertTrue(Set.of(TargetForm.QUANTITATIVE, TargetForm.QUALITATIVE).contains(i.getTarget().getForm()),
                    () -> i.getTarget().getText() + " reads as " + i.getTarget().getForm());
            if (isCost().test(i)) {
                assertTrue(i.getTarget().isQuantitative() && Set.of("元", "万元").contains(i.getTarget().getUnit()
                        .orElse("")), () -> "cost target " + i.getTarget().getText());
            }
        }
    }

    // ---- arithmetic on printed cells, blank read as zero --------------------------------------------------------

    private static void hierarchyAddsUp(TableSection<?> section) {
        hierarchyAddsUpTyped(section);
    }

    private static <C extends Enum<C> & AmountColumn> void hierarchyAddsUpTyped(TableSection<C> section) {
        List<TableRow<C>> rows = section.getRows();
        for (TableRow<C> parent : rows) {
            ClassificationCode<?> code = parent.classificationCode().orElseThrow();
            List<TableRow<C>> children = rows.stream().filter(r -> r.classificationCode().flatMap(
                    c -> c.parent().map(Object::toString)).equals(Optional.of(code.toString()))).toList();
            if (children.isEmpty()) {
                continue;
            }
            for (C column : section.columns()) {
                same(children.stream().map(r -> r.amountOrZero(column)).reduce(BigDecimal.ZERO, BigDecimal::add),
                        parent.amountOrZero(column), section.getTitle() + " " + code + " " + column);
            }
        }
        TotalsRow<C> totals = section.getTotals().orElseThrow();
        for (C column : section.columns()) {
            same(rows.stream().filter(r -> r.classificationCode().get().level() == ClassificationLevel.CATEGORY)
                            .map(r -> r.amountOrZero(column)).reduce(BigDecimal.ZERO, BigDecimal::add),
                    totals.amountOrZero(column), section.getTitle() + " totals " + column);
        }
    }

    private static <R extends TableRow<C>, C extends Enum<C> & AmountColumn> List<TableRow<C>> rowsOf(
            RowTable<R, C> table) {
        List<TableRow<C>> rows = new ArrayList<>(table.getRows());
        table.getTotals().ifPresent(rows::add);
        return rows;
    }

    private static <C extends Enum<C> & AmountColumn> BigDecimal v(TableRow<C> row, C column) {
        return row.amountOrZero(column);
    }

    @SafeVarargs
    private static <C extends Enum<C> & AmountColumn> BigDecimal sum(TableRow<C> row, C... columns) {
        BigDecimal s = BigDecimal.ZERO;
        for (C c : columns) {
            s = s.add(row.amountOrZero(c));
        }
        return s;
    }

    private static BigDecimal add(BigDecimal... values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            s = s.add(v);
        }
        return s;
    }

    private static <R extends TableRow<C>, C extends Enum<C> & AmountColumn> BigDecimal total(RowTable<R, C> t,
            C column) {
        return t.getTotals().map(r -> r.amountOrZero(column)).orElse(BigDecimal.ZERO);
    }

    private static <R extends TableRow<C>, C extends Enum<C> & AmountColumn> BigDecimal byCode(RowTable<R, C> t,
            FunctionalCode code, C column) {
        return t.getRows().stream().filter(r -> r.classificationCode().map(Object::toString)
                        .equals(Optional.of(code.toString())))
                .map(r -> r.amountOrZero(column)).findFirst().orElse(BigDecimal.ZERO);
    }

    private static BigDecimal economic(RowTable<BasicExpenditureRow, BasicExpenditureColumn> t6, String digits) {
        return t6.getRows().stream().filter(r -> r.getCode().map(c -> c.digits().equals(digits)).orElse(false))
                .map(r -> r.amountOrZero(BasicExpenditureColumn.TOTAL)).findFirst().orElse(BigDecimal.ZERO);
    }

    private static BigDecimal line(List<SummaryIncomeLine> lines, IncomeItem item) {
        return lines.stream().filter(l -> l.getItem().equals(Optional.of(item)))
                .map(l -> l.amountOrZero(SummaryColumn.BUDGET)).findFirst().orElse(BigDecimal.ZERO);
    }

    private static BigDecimal item(List<ThreePublicExpenseRow> rows, ThreePublicExpenseItem item,
            ThreePublicExpenseColumn column) {
        return rows.stream().filter(r -> r.getItem().equals(Optional.of(item)))
                .map(r -> r.amountOrZero(column)).findFirst().orElse(BigDecimal.ZERO);
    }

    private static void same(BigDecimal expected, BigDecimal actual, String what) {
        assertEquals(0, expected.compareTo(actual), () -> what + ": expected " + expected + " but was " + actual);
    }

}
