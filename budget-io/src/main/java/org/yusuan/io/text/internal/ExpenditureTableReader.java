package org.yusuan.io.text.internal;

import java.util.List;
import java.util.Optional;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.ExpenditureSummary;
import org.yusuan.model.table.GeneralBudgetExpenditure;
import org.yusuan.model.table.TableKind;

/**
 * Reads 表3 支出总体情况表 and 表5 一般公共预算支出情况表: functional code, name, 合计, 基本支出, 项目支出. A row whose
 * layout lost the columns is split between 基本支出 and 项目支出 by {@link BasicProjectSplit}.
 */
public final class ExpenditureTableReader extends CodedRowsReader<ExpenditureColumn> {

    /**
     * A reader of one block of 表3 or 表5.
     *
     * @param context the context
     * @param block the block
     */
    public ExpenditureTableReader(ReadContext context, TableBlock block) {
        super(context, block, ExpenditureColumn.class, false);
    }

    @Override
    protected void resolveUnplaced() {
        new BasicProjectSplit<>(ExpenditureColumn.TOTAL, ExpenditureColumn.BASIC, ExpenditureColumn.PROJECT,
                context.log(), kind()).resolve(rows, totals, this::parentOf);
        super.resolveUnplaced();
    }

    private PendingRow<ExpenditureColumn> parentOf(PendingRow<ExpenditureColumn> row) {
        PendingRow<ExpenditureColumn> best = null;
        for (PendingRow<ExpenditureColumn> other : rows) {
            if (other != row && other.code.isPresent() && row.code.isPresent()
                    && isAncestor(other.code.get(), row.code.get())
                    && (best == null || isAncestor(best.code.get(), other.code.get()))) {
                best = other;
            }
        }
        return best;
    }

    @Override
    protected BudgetTable buildTable(MoneyUnit unit, Optional<String> emptyNote) {
        List<ExpenditureRow> built = rows.stream().map(r -> (ExpenditureRow) ExpenditureRow.builder()
                .code(r.code.map(c -> (org.yusuan.codes.FunctionalCode) c)).name(optional(r.name))
                .putAllAmounts(r.amounts).build()).toList();
        if (kind() == TableKind.EXPENDITURE_SUMMARY) {
            return ExpenditureSummary.builder().unit(unit).emptyNote(emptyNote).addAllRows(built)
                    .totals(totalsRow()).build();
        }
        return GeneralBudgetExpenditure.builder().unit(unit).emptyNote(emptyNote).addAllRows(built)
                .totals(totalsRow()).build();
    }

    static Optional<String> optional(String name) {
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
