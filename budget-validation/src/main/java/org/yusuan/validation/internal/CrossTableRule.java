package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FiscalExpenditureLine;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.FiscalIncomeLine;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.model.table.RevenueColumn;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.SummaryExpenditureLine;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.ThreePublicExpenses;
import org.yusuan.model.table.CarryoverColumn;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#CROSS_TABLE}: one quantity stated in two tables. Each pair is a sub-rule with its own id ({@code
 * CROSS_TABLE.T1_T3}, …); the finding sits on the first table named and expects the figure of the second. Tables
 * in different units are compared in 万元 with a rounding allowance of one addend. ERROR, but {@link
 * Rules#CROSS_TABLE_T10_T6} is a WARNING (表10 also counts project and fund money).
 */
final class CrossTableRule implements Rule {

    private static final Map<FiscalIncomeItem, IncomeItem> T4_T1 = new EnumMap<>(Map.of(
            FiscalIncomeItem.GENERAL_PUBLIC_BUDGET, IncomeItem.GENERAL_PUBLIC_BUDGET_APPROPRIATION,
            FiscalIncomeItem.GOVERNMENT_FUND_BUDGET, IncomeItem.GOVERNMENT_FUND_APPROPRIATION,
            FiscalIncomeItem.STATE_CAPITAL_OPERATION_BUDGET, IncomeItem.STATE_CAPITAL_OPERATION_APPROPRIATION,
            FiscalIncomeItem.PRIOR_YEAR_CARRYOVER, IncomeItem.FISCAL_CARRYOVER,
            FiscalIncomeItem.CARRYOVER_GENERAL_PUBLIC_BUDGET, IncomeItem.FISCAL_CARRYOVER_GENERAL_PUBLIC_BUDGET,
            FiscalIncomeItem.CARRYOVER_GOVERNMENT_FUND_BUDGET, IncomeItem.FISCAL_CARRYOVER_GOVERNMENT_FUND,
            FiscalIncomeItem.CARRYOVER_STATE_CAPITAL_OPERATION_BUDGET,
            IncomeItem.FISCAL_CARRYOVER_STATE_CAPITAL_OPERATION));

    @Override
    public List<String> ids() {
        return List.of(Rules.CROSS_TABLE_T1_T3, Rules.CROSS_TABLE_T2_T3, Rules.CROSS_TABLE_T4_T1,
                Rules.CROSS_TABLE_T4_T5, Rules.CROSS_TABLE_T4_T8, Rules.CROSS_TABLE_T4_T9, Rules.CROSS_TABLE_T1_T8,
                Rules.CROSS_TABLE_T1_T9, Rules.CROSS_TABLE_T5_T6, Rules.CROSS_TABLE_T5_T7, Rules.CROSS_TABLE_T11_T1,
                Rules.CROSS_TABLE_T10_T6, Rules.UNIT_SUSPECT);
    }

    @Override
    public void check(Context c) {
        BudgetDisclosure d = c.disclosure();
        Map<TableKind, Tables.Coded> coded = new EnumMap<>(TableKind.class);
        for (Tables.Coded t : c.codedTables()) {
            coded.put(t.kind(), t);
        }
        Optional<RevenueExpenditureSummary> t1 = d.getRevenueExpenditureSummary();
        Optional<FiscalAppropriationSummary> t4 = d.getFiscalAppropriationSummary();
        Tables.Coded t2 = coded.get(TableKind.REVENUE_SUMMARY);
        Tables.Coded t3 = coded.get(TableKind.EXPENDITURE_SUMMARY);
        Tables.Coded t5 = coded.get(TableKind.GENERAL_BUDGET_EXPENDITURE);
        Tables.Coded t6 = coded.get(TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE);
        Tables.Coded t7 = coded.get(TableKind.GENERAL_BUDGET_PROJECT_EXPENDITURE);
        Tables.Coded t8 = coded.get(TableKind.GOVERNMENT_FUND_EXPENDITURE);
        Tables.Coded t9 = coded.get(TableKind.STATE_CAPITAL_EXPENDITURE);
        Tables.Coded t11 = coded.get(TableKind.CARRYOVER_DETAIL);

        if (t1.isPresent() && t3 != null && c.enabled(Rules.CROSS_TABLE_T1_T3)) {
            RevenueExpenditureSummary s = t1.get();
            Map<String, TableRow<?>> lines = new LinkedHashMap<>();
            for (SummaryExpenditureLine line : s.getExpenditureLines()) {
                line.getCode().ifPresent(code -> lines.putIfAbsent(code.digits(), line));
            }
            byCategory(c, Rules.CROSS_TABLE_T1_T3, s.getKind(), s.getUnit(), lines, SummaryColumn.BUDGET, t3,
                    ExpenditureColumn.TOTAL);
            s.getExpenditureTotal().ifPresent(total -> cross(c, Rules.CROSS_TABLE_T1_T3, Severity.ERROR,
                    () -> Where.row(s.getKind(), total).column(SummaryColumn.BUDGET), s.getUnit(),
                    Amounts.cell(total, SummaryColumn.BUDGET), t3.unit(), tableTotal(c, t3, ExpenditureColumn.TOTAL),
                    t3.kind()));
        }
        if (t2 != null && t3 != null && c.enabled(Rules.CROSS_TABLE_T2_T3)) {
            Map<String, TableRow<?>> rows2 = rowsByCode(c, t2);
            Map<String, TableRow<?>> rows3 = rowsByCode(c, t3);
            Set<String> codes = new LinkedHashSet<>(rows2.keySet());
            codes.addAll(rows3.keySet());
            for (String code : codes) {
                TableRow<?> r2 = rows2.get(code);
                Supplier<Where> at = () -> (r2 != null ? Where.row(t2.kind(), r2)
                        : Where.table(t2.kind()).code(code)).column(RevenueColumn.TOTAL);
                cross(c, Rules.CROSS_TABLE_T2_T3, Severity.ERROR, at, t2.unit(),
                        amountFor(c, t2, code, RevenueColumn.TOTAL), t3.unit(),
                        amountFor(c, t3, code, ExpenditureColumn.TOTAL), t3.kind());
            }
            if (t2.totals().isPresent() && t3.totals().isPresent()) {
                cross(c, Rules.CROSS_TABLE_T2_T3, Severity.ERROR,
                        () -> Where.row(t2.kind(), t2.totals().get()).column(RevenueColumn.TOTAL), t2.unit(),
                        Tables.total(t2.totals(), RevenueColumn.TOTAL), t3.unit(),
                        Tables.total(t3.totals(), ExpenditureColumn.TOTAL), t3.kind());
            }
        }
        if (t4.isPresent()) {
            FiscalAppropriationSummary s = t4.get();
            Map<String, TableRow<?>> lines = new LinkedHashMap<>();
            for (FiscalExpenditureLine line : s.getExpenditureLines()) {
                line.getCode().ifPresent(code -> lines.putIfAbsent(code.digits(), line));
            }
            t4Against(c, Rules.CROSS_TABLE_T4_T5, s, lines, FiscalExpenditureColumn.GENERAL_PUBLIC_BUDGET, t5,
                    ExpenditureColumn.TOTAL);
            t4Against(c, Rules.CROSS_TABLE_T4_T8, s, lines, FiscalExpenditureColumn.GOVERNMENT_FUND_BUDGET, t8,
                    FundExpenditureColumn.TOTAL);
            t4Against(c, Rules.CROSS_TABLE_T4_T9, s, lines, FiscalExpenditureColumn.STATE_CAPITAL_OPERATION_BUDGET, t9,
                    FundExpenditureColumn.TOTAL);
            if (t1.isPresent() && c.enabled(Rules.CROSS_TABLE_T4_T1)) {
                Map<IncomeItem, SummaryIncomeLine> income1 = income1(t1.get());
                for (FiscalIncomeLine line : s.getIncomeLines()) {
                    if (line.getItem().isEmpty() || !T4_T1.containsKey(line.getItem().get())) {
                        continue;
                    }
                    SummaryIncomeLine other = income1.get(T4_T1.get(line.getItem().get()));
                    if (other != null) {
                        cross(c, Rules.CROSS_TABLE_T4_T1, Severity.ERROR, () -> Where.row(s.getKind(), line),
                                s.getUnit(),
                                line.getTotal().orElse(null), t1.get().getUnit(), other.getAmount().orElse(null),
                                TableKind.REVENUE_EXPENDITURE_SUMMARY);
                    }
                }
            }
        }
        if (t1.isPresent()) {
            Map<IncomeItem, SummaryIncomeLine> income1 = income1(t1.get());
            fundAgainstT1(c, Rules.CROSS_TABLE_T1_T8, t8, t1.get(), income1, IncomeItem.GOVERNMENT_FUND_APPROPRIATION,
                    IncomeItem.FISCAL_CARRYOVER_GOVERNMENT_FUND, FundExpenditureColumn.TOTAL);
            fundAgainstT1(c, Rules.CROSS_TABLE_T1_T9, t9, t1.get(), income1,
                    IncomeItem.STATE_CAPITAL_OPERATION_APPROPRIATION, IncomeItem.FISCAL_CARRYOVER_STATE_CAPITAL_OPERATION,
                    FundExpenditureColumn.TOTAL);
            fundAgainstT1(c, Rules.CROSS_TABLE_T11_T1, t11, t1.get(), income1, IncomeItem.PRIOR_YEAR_CARRYOVER, null,
                    CarryoverColumn.TOTAL);
        }
        if (t5 != null && t6 != null && c.enabled(Rules.CROSS_TABLE_T5_T6)) {
            cross(c, Rules.CROSS_TABLE_T5_T6, Severity.ERROR, () -> totalsWhere(t5).column(ExpenditureColumn.BASIC),
                    t5.unit(), tableTotal(c, t5, ExpenditureColumn.BASIC), t6.unit(),
                    tableTotal(c, t6, BasicExpenditureColumn.TOTAL), t6.kind());
        }
        if (t5 != null && t7 != null && c.enabled(Rules.CROSS_TABLE_T5_T7)) {
            cross(c, Rules.CROSS_TABLE_T5_T7, Severity.ERROR, () -> totalsWhere(t5).column(ExpenditureColumn.PROJECT),
                    t5.unit(), tableTotal(c, t5, ExpenditureColumn.PROJECT), t7.unit(),
                    tableTotal(c, t7, ProjectExpenditureColumn.TOTAL), t7.kind());
            Map<String, BigDecimal> projects = new LinkedHashMap<>();
            for (TableRow<?> row : t7.rows()) {
                if (Tables.isProject(row)) {
                    String code = c.digitsOf(row, t7.system());
                    if (code != null) {
                        projects.merge(code, Amounts.orZero(Amounts.cell(row, ProjectExpenditureColumn.TOTAL)),
                                BigDecimal::add);
                    }
                }
            }
            Map<String, TableRow<?>> rows5 = rowsByCode(c, t5);
            Set<String> codes = new LinkedHashSet<>();
            for (Map.Entry<String, TableRow<?>> e : rows5.entrySet()) {
                BigDecimal v = Amounts.cell(e.getValue(), ExpenditureColumn.PROJECT);
                if (e.getKey().length() == 7 && v != null && v.signum() != 0) {
                    codes.add(e.getKey());
                }
            }
            codes.addAll(projects.keySet());
            for (String code : codes) {
                TableRow<?> r5 = rows5.get(code);
                Supplier<Where> at = () -> (r5 != null ? Where.row(t5.kind(), r5)
                        : Where.table(t5.kind()).code(code)).column(ExpenditureColumn.PROJECT);
                cross(c, Rules.CROSS_TABLE_T5_T7, Severity.ERROR, at, t5.unit(),
                        r5 == null ? null : Amounts.cell(r5, ExpenditureColumn.PROJECT), t7.unit(),
                        projects.get(code), t7.kind());
            }
        }
        if (t6 != null && c.enabled(Rules.CROSS_TABLE_T10_T6)) {
            d.getThreePublicExpenses().ifPresent(t10 -> {
                Map<String, TableRow<?>> rows6 = rowsByCode(c, t6);
                threePublicAgainstT6(c, t10, ThreePublicExpenseItem.OFFICIAL_RECEPTION, "30217", rows6, t6);
                threePublicAgainstT6(c, t10, ThreePublicExpenseItem.VEHICLE_OPERATION, "30231", rows6, t6);
            });
        }
    }

    private static void threePublicAgainstT6(Context c, ThreePublicExpenses t10, ThreePublicExpenseItem item,
            String code, Map<String, TableRow<?>> rows6, Tables.Coded t6) {
        for (ThreePublicExpenseRow row : t10.getRows()) {
            if (row.getItem().orElse(null) == item) {
                TableRow<?> r6 = rows6.get(code);
                cross(c, Rules.CROSS_TABLE_T10_T6, Severity.WARNING,
                        () -> Where.row(t10.getKind(), row).column(ThreePublicExpenseColumn.GENERAL_PUBLIC_BUDGET),
                        t10.getUnit(), row.getGeneralPublicBudget().orElse(null), t6.unit(),
                        r6 == null ? null : Amounts.cell(r6, BasicExpenditureColumn.TOTAL), t6.kind(), code);
                return;
            }
        }
    }

    private static void fundAgainstT1(Context c, String rule, Tables.Coded table, RevenueExpenditureSummary t1,
            Map<IncomeItem, SummaryIncomeLine> income1, IncomeItem current, IncomeItem carryover, Enum<?> column) {
        if (table == null || !c.enabled(rule)) {
            return;
        }
        SummaryIncomeLine a = income1.get(current);
        SummaryIncomeLine b = carryover == null ? null : income1.get(carryover);
        if (a == null && b == null) {
            return;
        }
        BigDecimal expected = Amounts.orZero(a == null ? null : a.getAmount().orElse(null))
                .add(Amounts.orZero(b == null ? null : b.getAmount().orElse(null)));
        cross(c, rule, Severity.ERROR, () -> totalsWhere(table).column((org.yusuan.model.table.AmountColumn) column),
                table.unit(), tableTotal(c, table, column), t1.getUnit(), expected, t1.getKind());
    }

    private static void t4Against(Context c, String rule, FiscalAppropriationSummary s, Map<String, TableRow<?>> lines,
            FiscalExpenditureColumn column, Tables.Coded other, Enum<?> otherColumn) {
        if (other == null || !c.enabled(rule)) {
            return;
        }
        byCategory(c, rule, s.getKind(), s.getUnit(), lines, column, other, otherColumn);
        s.getExpenditureTotal().ifPresent(total -> cross(c, rule, Severity.ERROR,
                () -> Where.row(s.getKind(), total).column(column), s.getUnit(), Amounts.cell(total, column),
                other.unit(),
                tableTotal(c, other, otherColumn), other.kind()));
    }

    private static void byCategory(Context c, String rule, TableKind kind, MoneyUnit unit,
            Map<String, TableRow<?>> lines, Enum<?> column, Tables.Coded other, Enum<?> otherColumn) {
        Set<String> codes = new LinkedHashSet<>();
        for (Map.Entry<String, TableRow<?>> e : lines.entrySet()) {
            if (Amounts.cell(e.getValue(), column) != null) {
                codes.add(e.getKey());
            }
        }
        codes.addAll(codesAt(c, other, 3));
        for (String code : codes) {
            TableRow<?> line = lines.get(code);
            Supplier<Where> at = () -> (line != null ? Where.row(kind, line) : Where.table(kind).code(code))
                    .column((org.yusuan.model.table.AmountColumn) column);
            cross(c, rule, Severity.ERROR, at, unit, line == null ? null : Amounts.cell(line, column), other.unit(),
                    amountFor(c, other, code, otherColumn), other.kind());
        }
    }

    private static Map<IncomeItem, SummaryIncomeLine> income1(RevenueExpenditureSummary t1) {
        Map<IncomeItem, SummaryIncomeLine> m = new EnumMap<>(IncomeItem.class);
        for (SummaryIncomeLine line : t1.getIncomeLines()) {
            line.getItem().ifPresent(item -> m.putIfAbsent(item, line));
        }
        return m;
    }

    /**
     * What a table states for a code in a column: the row of that code, or, when the table prints no such row (a
     * table printed at 项 level only), the sum of its outermost rows below that code; null when it has neither.
     */
    private static BigDecimal amountFor(Context c, Tables.Coded t, String code, Enum<?> column) {
        Structure s = c.structure(t.rows(), t.system());
        TableRow<?> row = s.nodes.get(code);
        if (row != null) {
            return Amounts.cell(row, column);
        }
        BigDecimal sum = null;
        // Each coded row once: a row printed twice (the same object) is a duplicate, unless it is a project,
        // and both are left out.
        for (int i = 0; i < s.rows.size(); i++) {
            TableRow<?> r = s.rows.get(i);
            String rowCode = s.code(i);
            if (rowCode == null || Tables.isProject(r) || s.duplicates.contains(r) || !rowCode.startsWith(code)) {
                continue;
            }
            String parentCode = s.parentCode(i);
            if (parentCode == null || !parentCode.startsWith(code)) {
                sum = Amounts.orZero(sum).add(Amounts.orZero(Amounts.cell(r, column)));
            }
        }
        return sum;
    }

    private static Set<String> codesAt(Context c, Tables.Coded t, int length) {
        Set<String> codes = new LinkedHashSet<>();
        for (TableRow<?> row : t.rows()) {
            if (!Tables.isSubUnit(row)) {
                String code = c.digitsOf(row, t.system());
                if (code != null && code.length() >= length) {
                    codes.add(code.substring(0, length));
                }
            }
        }
        return codes;
    }

    private static Map<String, TableRow<?>> rowsByCode(Context c, Tables.Coded t) {
        Map<String, TableRow<?>> m = new LinkedHashMap<>();
        for (TableRow<?> row : t.rows()) {
            if (!Tables.isProject(row) && !Tables.isSubUnit(row)) {
                String code = c.digitsOf(row, t.system());
                if (code != null) {
                    m.putIfAbsent(code, row);
                }
            }
        }
        return m;
    }

    private static Where totalsWhere(Tables.Coded t) {
        return t.totals().<Where>map(total -> Where.row(t.kind(), total)).orElse(Where.table(t.kind()));
    }

    /**
     * A table's total in a column: its printed totals row, else the sum of its top-level rows.
     */
    static BigDecimal tableTotal(Context c, Tables.Coded t, Enum<?> column) {
        if (t.totals().isPresent()) {
            return Amounts.cell(t.totals().get(), column);
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean subUnits = t.rows().stream().anyMatch(Tables::isSubUnit);
        List<TableRow<?>> top = new java.util.ArrayList<>();
        if (subUnits) {
            for (TableRow<?> row : t.rows()) {
                if (Tables.isSubUnit(row)) {
                    top.add(row);
                }
            }
        } else {
            top.addAll(c.structure(t.rows(), t.system()).topLevel);
        }
        for (TableRow<?> row : top) {
            sum = sum.add(Amounts.orZero(Amounts.cell(row, column)));
        }
        return sum;
    }

    /**
     * Compares a quantity as two tables state it; the location and the message arguments are made only when the
     * amounts differ (equal amounts are silent in {@link Context#compare}).
     */
    private static void cross(Context c, String rule, Severity severity, Supplier<Where> at, MoneyUnit unit,
            BigDecimal actual, MoneyUnit otherUnit, BigDecimal expected, TableKind other, String... extra) {
        MoneyUnit common = unit == otherUnit ? unit : MoneyUnit.TEN_THOUSAND_YUAN;
        BigDecimal e = Amounts.convert(expected, otherUnit, common);
        BigDecimal a = Amounts.convert(actual, unit, common);
        if (Amounts.orZero(e).compareTo(Amounts.orZero(a)) == 0) {
            return;
        }
        String[] args = new String[extra.length + 1];
        args[0] = "表" + other.number();
        System.arraycopy(extra, 0, args, 1, extra.length);
        c.compare(rule, severity, at.get(), common, e, a, unit == otherUnit ? 0 : 1, null, args);
    }
}
