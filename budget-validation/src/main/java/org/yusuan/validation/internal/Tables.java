package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.codes.CodeSystem;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.CarryoverColumn;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.model.table.RevenueColumn;
import org.yusuan.model.table.RowTable;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.TotalsRow;

/** Uniform views of the coded tables and the column relations of each table, precomputed once. */
public final class Tables {

    /**
     * A column that is the sum of other columns of the same row.
     *
     * @param total the total column
     * @param parts the component columns
     */
    public record Relation(Enum<?> total, List<Enum<?>> parts) {
    }

    /**
     * A coded table seen generically.
     *
     * @param kind which table
     * @param unit its unit
     * @param system the classification its codes come from
     * @param rows the body rows
     * @param totals the totals row, if printed
     * @param columns the amount columns
     */
    public record Coded(TableKind kind, MoneyUnit unit, CodeSystem system, List<? extends TableRow<?>> rows,
            Optional<? extends TotalsRow<?>> totals, List<? extends Enum<?>> columns) {
    }

    private static final Map<TableKind, List<Relation>> RELATIONS = relations();

    private Tables() {
    }

    private static Map<TableKind, List<Relation>> relations() {
        Map<TableKind, List<Relation>> m = new LinkedHashMap<>();
        m.put(TableKind.REVENUE_SUMMARY, List.of(
                new Relation(RevenueColumn.TOTAL, List.of(RevenueColumn.FISCAL_SUBTOTAL,
                        RevenueColumn.FISCAL_SPECIAL_ACCOUNT, RevenueColumn.UNIT_FUNDS, RevenueColumn.FISCAL_CARRYOVER,
                        RevenueColumn.NON_FISCAL_CARRYOVER)),
                new Relation(RevenueColumn.FISCAL_SUBTOTAL, List.of(RevenueColumn.GENERAL_PUBLIC_BUDGET,
                        RevenueColumn.GENERAL_PUBLIC_BUDGET_TRANSFER, RevenueColumn.GOVERNMENT_FUND_BUDGET,
                        RevenueColumn.GOVERNMENT_FUND_TRANSFER, RevenueColumn.STATE_CAPITAL_OPERATION_BUDGET,
                        RevenueColumn.STATE_CAPITAL_OPERATION_TRANSFER))));
        List<Relation> expenditure = List.of(new Relation(ExpenditureColumn.TOTAL,
                List.of(ExpenditureColumn.BASIC, ExpenditureColumn.PROJECT)));
        m.put(TableKind.EXPENDITURE_SUMMARY, expenditure);
        m.put(TableKind.FISCAL_APPROPRIATION_SUMMARY, List.of(new Relation(FiscalExpenditureColumn.TOTAL,
                List.of(FiscalExpenditureColumn.GENERAL_PUBLIC_BUDGET, FiscalExpenditureColumn.GOVERNMENT_FUND_BUDGET,
                        FiscalExpenditureColumn.STATE_CAPITAL_OPERATION_BUDGET))));
        m.put(TableKind.GENERAL_BUDGET_EXPENDITURE, expenditure);
        m.put(TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE, List.of(new Relation(BasicExpenditureColumn.TOTAL,
                List.of(BasicExpenditureColumn.PERSONNEL, BasicExpenditureColumn.PUBLIC_EXPENSES))));
        List<Enum<?>> economic = new ArrayList<>(List.of(ProjectExpenditureColumn.values()));
        economic.remove(ProjectExpenditureColumn.TOTAL);
        m.put(TableKind.GENERAL_BUDGET_PROJECT_EXPENDITURE,
                List.of(new Relation(ProjectExpenditureColumn.TOTAL, List.copyOf(economic))));
        List<Relation> fund = List.of(new Relation(FundExpenditureColumn.TOTAL, List.of(
                FundExpenditureColumn.PERSONNEL, FundExpenditureColumn.PUBLIC_EXPENSES, FundExpenditureColumn.PROJECT)));
        m.put(TableKind.GOVERNMENT_FUND_EXPENDITURE, fund);
        m.put(TableKind.STATE_CAPITAL_EXPENDITURE, fund);
        m.put(TableKind.THREE_PUBLIC_EXPENSES, List.of(new Relation(ThreePublicExpenseColumn.TOTAL, List.of(
                ThreePublicExpenseColumn.GENERAL_PUBLIC_BUDGET, ThreePublicExpenseColumn.GOVERNMENT_FUND,
                ThreePublicExpenseColumn.STATE_CAPITAL_OPERATION_BUDGET))));
        m.put(TableKind.CARRYOVER_DETAIL, List.of(
                new Relation(CarryoverColumn.TOTAL, List.of(CarryoverColumn.FISCAL_TOTAL,
                        CarryoverColumn.NON_FISCAL_TOTAL)),
                new Relation(CarryoverColumn.FISCAL_TOTAL, List.of(CarryoverColumn.FISCAL_PERSONNEL,
                        CarryoverColumn.FISCAL_PUBLIC_EXPENSES, CarryoverColumn.FISCAL_PROJECT)),
                new Relation(CarryoverColumn.NON_FISCAL_TOTAL, List.of(CarryoverColumn.NON_FISCAL_PERSONNEL,
                        CarryoverColumn.NON_FISCAL_PUBLIC_EXPENSES, CarryoverColumn.NON_FISCAL_PROJECT))));
        return Map.copyOf(m);
    }

    /**
     * The column relations of a table (empty for 表1).
     *
     * @param kind the table
     * @return the relations
     */
    public static List<Relation> relations(TableKind kind) {
        return RELATIONS.getOrDefault(kind, List.of());
    }

    /**
     * The coded tables of a disclosure that have body rows by code: 表2, 3, 5, 6, 7, 8, 9 and 11.
     *
     * @param d the disclosure
     * @return the tables present, in template order
     */
    public static List<Coded> coded(BudgetDisclosure d) {
        List<Coded> out = new ArrayList<>();
        d.getRevenueSummary().ifPresent(t -> out.add(of(t, CodeSystem.FUNCTIONAL)));
        d.getExpenditureSummary().ifPresent(t -> out.add(of(t, CodeSystem.FUNCTIONAL)));
        d.getGeneralBudgetExpenditure().ifPresent(t -> out.add(of(t, CodeSystem.FUNCTIONAL)));
        d.getGeneralBudgetBasicExpenditure().ifPresent(t -> out.add(of(t, CodeSystem.ECONOMIC)));
        d.getGeneralBudgetProjectExpenditure().ifPresent(t -> out.add(of(t, CodeSystem.FUNCTIONAL)));
        d.getGovernmentFundExpenditure().ifPresent(t -> out.add(of(t, CodeSystem.FUNCTIONAL)));
        d.getStateCapitalExpenditure().ifPresent(t -> out.add(of(t, CodeSystem.FUNCTIONAL)));
        d.getCarryoverDetail().ifPresent(t -> out.add(of(t, CodeSystem.FUNCTIONAL)));
        return out;
    }

    private static Coded of(RowTable<?, ?> t, CodeSystem system) {
        return new Coded(t.getKind(), t.getUnit(), system, t.getRows(), t.getTotals(), t.columns());
    }

    /**
     * Whether a row is a 表7 sub-unit subtotal (单位汇总).
     *
     * @param row a row
     * @return true for a sub-unit row
     */
    public static boolean isSubUnit(TableRow<?> row) {
        return row instanceof ProjectExpenditureRow p && p.getRowKind() == ProjectRowKind.SUB_UNIT_SUBTOTAL;
    }

    /**
     * Whether a row is a 表7 project row.
     *
     * @param row a row
     * @return true for a project row
     */
    public static boolean isProject(TableRow<?> row) {
        return row instanceof ProjectExpenditureRow p && p.getRowKind() == ProjectRowKind.PROJECT;
    }

    /**
     * Splits 表7 rows into sub-unit scopes: each starts at a sub-unit row (kept first); rows before the first one
     * form a scope of their own. Other tables are one scope.
     *
     * @param rows the rows
     * @return the scopes
     */
    public static List<List<TableRow<?>>> scopes(List<? extends TableRow<?>> rows) {
        List<List<TableRow<?>>> scopes = new ArrayList<>();
        List<TableRow<?>> current = new ArrayList<>();
        for (TableRow<?> row : rows) {
            if (isSubUnit(row) && !current.isEmpty()) {
                scopes.add(current);
                current = new ArrayList<>();
            }
            current.add(row);
        }
        if (!current.isEmpty()) {
            scopes.add(current);
        }
        return scopes;
    }

    /**
     * The nearest proper ancestor of a code among a set of codes.
     *
     * @param digits the code digits
     * @param nodes the codes that are rows
     * @return the ancestor digits, or null
     */
    public static String nearestAncestor(String digits, java.util.Set<String> nodes) {
        for (int len = digits.length() - 2; len >= 3; len -= 2) {
            String up = digits.substring(0, len);
            if (nodes.contains(up)) {
                return up;
            }
        }
        return null;
    }

    /**
     * A column's amount on a totals row, null when blank or no totals row.
     *
     * @param totals the totals row
     * @param column the column
     * @return the amount or null
     */
    public static BigDecimal total(Optional<? extends TotalsRow<?>> totals, Enum<?> column) {
        return totals.map(t -> Amounts.cell(t, column)).orElse(null);
    }
}
