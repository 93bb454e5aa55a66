package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.TotalsRow;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#TABLE_TOTAL}: a table's printed 合计/总计 row equals, column by column, the sum of its top-level
 * rows: the 类 rows of the tables by code (or whatever rows have no printed ancestor), the sub-unit rows of 表7
 * when it has them, and the expenditure lines of 表1 and 表4. 表1's income side is {@link Rules#T1_INCOME_SUM},
 * 表10 is {@link Rules#THREE_PUBLIC_SUM}.
 */
final class TableTotalRule implements Rule {

    @Override
    public List<String> ids() {
        return List.of(Rules.TABLE_TOTAL, Rules.UNIT_SUSPECT);
    }

    @Override
    public void check(Context context) {
        for (Tables.Coded table : context.codedTables()) {
            if (table.totals().isEmpty()) {
                continue;
            }
            List<TableRow<?>> top = new ArrayList<>();
            for (TableRow<?> row : table.rows()) {
                if (Tables.isSubUnit(row)) {
                    top.add(row);
                }
            }
            if (top.isEmpty()) {
                top = context.structure(table.rows(), table.system()).topLevel;
            }
            totals(context, table.kind(), table.unit(), table.totals().get(), top, table.columns());
        }
        context.disclosure().getRevenueExpenditureSummary().ifPresent(t -> t.getExpenditureTotal().ifPresent(
                total -> totals(context, t.getKind(), t.getUnit(), total, List.copyOf(t.getExpenditureLines()),
                        List.of(org.yusuan.model.table.SummaryColumn.values()))));
        context.disclosure().getFiscalAppropriationSummary().ifPresent(t -> t.getExpenditureTotal().ifPresent(
                total -> totals(context, t.getKind(), t.getUnit(), total, List.copyOf(t.getExpenditureLines()),
                        List.of(org.yusuan.model.table.FiscalExpenditureColumn.values()))));
    }

    private static void totals(Context context, TableKind kind, MoneyUnit unit, TotalsRow<?> totals,
            List<? extends TableRow<?>> top, List<? extends Enum<?>> columns) {
        Where at = null;
        Where[] topAt = null;
        BigDecimal[] sums = Amounts.columnSums(top, columns);
        for (int c = 0; c < sums.length; c++) {
            Enum<?> column = columns.get(c);
            BigDecimal printed = Amounts.cell(totals, column);
            if (Amounts.addsUp(printed, sums[c])) {
                continue;
            }
            if (topAt == null) {
                at = Where.row(kind, totals);
                topAt = HierarchyRule.places(kind, top);
            }
            context.sum(Rules.TABLE_TOTAL, Severity.ERROR, at.column((AmountColumn) column), unit, printed,
                    HierarchyRule.terms(top, topAt, column), null, String.valueOf(top.size()));
        }
    }
}
