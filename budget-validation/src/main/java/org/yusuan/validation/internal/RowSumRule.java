package org.yusuan.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.TableSection;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#ROW_SUM}: on every body and totals row of 表2–表11 (表4's expenditure side), a total column is the
 * sum of its component columns ({@link Tables#relations(TableKind)}). A row whose total and parts are all blank is
 * skipped. ERROR; rounding differences INFO; a printed total whose parts are all blank (not broken down) is a
 * WARNING with detail {@code parts_blank}.
 */
final class RowSumRule implements Rule {

    @Override
    public List<String> ids() {
        return List.of(Rules.ROW_SUM, Rules.UNIT_SUSPECT);
    }

    @Override
    public void check(Context context) {
        for (BudgetTable table : context.disclosure().tables()) {
            List<Tables.Relation> relations = Tables.relations(table.getKind());
            if (relations.isEmpty()) {
                continue;
            }
            for (TableSection<?> section : table.sections()) {
                if (!section.getColumnType().equals(relations.get(0).total().getDeclaringClass())) {
                    continue;
                }
                for (TableRow<?> row : section.getRows()) {
                    check(context, table.getKind(), table.getUnit(), row, relations);
                }
                if (section.getTotals().isPresent()) {
                    check(context, table.getKind(), table.getUnit(), section.getTotals().get(), relations);
                }
            }
        }
    }

    private static void check(Context context, TableKind kind, MoneyUnit unit, TableRow<?> row,
            List<Tables.Relation> relations) {
        Where where = null;
        for (Tables.Relation relation : relations) {
            if (Amounts.addsUp(row, relation.total(), relation.parts())) {
                continue;
            }
            if (where == null) {
                where = Where.row(kind, row);
            }
            List<Term> terms = new ArrayList<>();
            for (Enum<?> part : relation.parts()) {
                terms.add(new Term(Amounts.cell(row, part), where.column((AmountColumn) part)));
            }
            boolean partsBlank = terms.stream().allMatch(t -> t.value() == null);
            context.sum(Rules.ROW_SUM, partsBlank ? Severity.WARNING : Severity.ERROR,
                    where.column((AmountColumn) relation.total()), unit, Amounts.cell(row, relation.total()), terms,
                    partsBlank ? "parts_blank" : null);
        }
    }
}
