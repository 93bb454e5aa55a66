package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#HIERARCHY_SUM}: in the tables by code (表2, 3, 5, 6, 7, 8, 9, 11), every 类 or 款 row that has
 * child rows equals, column by column, the sum of them (its nearest printed descendants); in 表7 a 项 row equals its
 * projects and a sub-unit row (单位汇总) the top-level rows below it. {@link Rules#ROW_DUPLICATE}: a code printed
 * twice in one table or 表7 sub-unit (the second row is left out of the sums). {@link Rules#ROW_ORDER}: a row printed
 * before the 类 or 款 it belongs to.
 */
final class HierarchyRule implements Rule {

    @Override
    public List<String> ids() {
        return List.of(Rules.HIERARCHY_SUM, Rules.ROW_DUPLICATE, Rules.ROW_ORDER, Rules.UNIT_SUSPECT);
    }

    @Override
    public void check(Context context) {
        for (Tables.Coded table : context.codedTables()) {
            List<? extends List<? extends TableRow<?>>> scopes =
                    table.kind() == TableKind.GENERAL_BUDGET_PROJECT_EXPENDITURE
                            ? Tables.scopes(table.rows()) : List.of(table.rows());
            for (List<? extends TableRow<?>> scope : scopes) {
                Structure s = scopes.size() == 1 ? context.structure(table.rows(), table.system())
                        : new Structure(context, scope, table.system());
                for (TableRow<?> dup : s.duplicates) {
                    context.report(Rules.ROW_DUPLICATE, Severity.WARNING, where(table.kind(), dup), null);
                }
                // In document order (the map of parents is by identity, its own order arbitrary).
                for (int i = 0; i < s.rows.size(); i++) {
                    TableRow<?> row = s.rows.get(i);
                    TableRow<?> parent = s.parent(i);
                    // A row printed twice (the same object) is reported once, at its last place.
                    if (parent != null && s.lastPosition(row) == i && s.lastPosition(parent) > i) {
                        context.report(Rules.ROW_ORDER, Severity.WARNING, where(table.kind(), row), null,
                                s.parentCode(i));
                    }
                }
                for (int k = 0; k < s.withChildren.size(); k++) {
                    sums(context, table, s.withChildren.get(k), s.children(k));
                }
                if (s.subUnit != null && !s.topLevel.isEmpty()) {
                    sums(context, table, s.subUnit, s.topLevel);
                }
            }
        }
    }

    static Where where(TableKind kind, TableRow<?> row) {
        Where w = Where.row(kind, row);
        if (row instanceof org.yusuan.model.table.ProjectExpenditureRow p && p.getProjectName().isPresent()) {
            w = w.project(p.getProjectName().get());
        }
        return w;
    }

    private static void sums(Context context, Tables.Coded table, TableRow<?> parent, List<TableRow<?>> kids) {
        MoneyUnit unit = table.unit();
        Where at = null;
        Where[] kidsAt = null;
        List<? extends Enum<?>> columns = table.columns();
        BigDecimal[] sums = Amounts.columnSums(kids, columns);
        Map<?, BigDecimal> printed = parent.getAmounts();
        for (int c = 0; c < sums.length; c++) {
            Enum<?> column = columns.get(c);
            if (Amounts.addsUp(printed.get(column), sums[c])) {
                continue;
            }
            if (kidsAt == null) {
                at = where(table.kind(), parent);
                kidsAt = places(table.kind(), kids);
            }
            context.sum(Rules.HIERARCHY_SUM, Severity.ERROR, at.column((AmountColumn) column), unit,
                    Amounts.cell(parent, column), terms(kids, kidsAt, column), null, String.valueOf(kids.size()));
        }
    }

    /**
     * Where each of the rows is ({@link #where}), located once for all the columns of a sum.
     *
     * @param kind the table
     * @param rows the addend rows
     * @return their locations, in the order of the rows
     */
    static Where[] places(TableKind kind, List<? extends TableRow<?>> rows) {
        Where[] places = new Where[rows.size()];
        for (int i = 0; i < places.length; i++) {
            places[i] = where(kind, rows.get(i));
        }
        return places;
    }

    /**
     * The addends of a sum in one column: each row's printed amount, at its place in that column.
     *
     * @param rows the addend rows
     * @param places their locations, from {@link #places}
     * @param column the column
     * @return the terms, in the order of the rows
     */
    static List<Term> terms(List<? extends TableRow<?>> rows, Where[] places, Enum<?> column) {
        List<Term> terms = new ArrayList<>(rows.size());
        for (int i = 0; i < places.length; i++) {
            terms.add(new Term(Amounts.cell(rows.get(i), column), places[i].column((AmountColumn) column)));
        }
        return terms;
    }
}
