package org.yusuan.io.text.internal;

import java.util.Optional;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.CarryoverColumn;
import org.yusuan.model.table.CarryoverDetail;
import org.yusuan.model.table.CarryoverRow;

/**
 * Reads 表11 上年结转结余情况明细表: functional code, name and the nine carry-over columns.
 */
public final class CarryoverDetailReader extends CodedRowsReader<CarryoverColumn> {

    /**
     * A reader of one block of 表11.
     *
     * @param context the context
     * @param block the block
     */
    public CarryoverDetailReader(ReadContext context, TableBlock block) {
        super(context, block, CarryoverColumn.class, false);
    }

    @Override
    protected BudgetTable buildTable(MoneyUnit unit, Optional<String> emptyNote) {
        return CarryoverDetail.builder().unit(unit).emptyNote(emptyNote)
                .addAllRows(rows.stream().map(r -> (CarryoverRow) CarryoverRow.builder()
                        .code(r.code.map(c -> (FunctionalCode) c)).name(ExpenditureTableReader.optional(r.name))
                        .putAllAmounts(r.amounts).build()).toList())
                .totals(totalsRow()).build();
    }
}
