package org.yusuan.io.text.internal;

import java.util.Optional;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.RevenueColumn;
import org.yusuan.model.table.RevenueRow;
import org.yusuan.model.table.RevenueSummary;

/**
 * Reads 表2 收入总体情况表: functional code, name and the twelve income columns. Without the column structure, three
 * equal amounts are 总计, 财政拨款（补助）小计 and 一般公共预算 (all the income from the general public budget); other
 * counts are read in template order; both are recorded as inferences.
 */
public final class RevenueSummaryReader extends CodedRowsReader<RevenueColumn> {

    /**
     * A reader of one block of 表2.
     *
     * @param context the context
     * @param block the block
     */
    public RevenueSummaryReader(ReadContext context, TableBlock block) {
        super(context, block, RevenueColumn.class, false);
    }

    @Override
    protected void resolveUnplaced() {
        for (PendingRow<RevenueColumn> row : rows) {
            if (row.unresolved() && row.unplaced.size() == 3
                    && row.unplaced.stream().allMatch(a -> a.compareTo(row.unplaced.get(0)) == 0)) {
                row.amounts.put(RevenueColumn.TOTAL, row.unplaced.get(0));
                row.amounts.put(RevenueColumn.FISCAL_SUBTOTAL, row.unplaced.get(1));
                row.amounts.put(RevenueColumn.GENERAL_PUBLIC_BUDGET, row.unplaced.get(2));
                row.unplaced = java.util.List.of();
                context.log().infer(row.line.number(), kind(), "列位置已丢失：三个相等的金额读作总计、财政拨款（补助）小计和一般公共预算");
            }
        }
        super.resolveUnplaced();
    }

    @Override
    protected BudgetTable buildTable(MoneyUnit unit, Optional<String> emptyNote) {
        return RevenueSummary.builder().unit(unit).emptyNote(emptyNote)
                .addAllRows(rows.stream().map(r -> (RevenueRow) RevenueRow.builder()
                        .code(r.code.map(c -> (FunctionalCode) c)).name(ExpenditureTableReader.optional(r.name))
                        .putAllAmounts(r.amounts).build()).toList())
                .totals(totalsRow()).build();
    }
}
