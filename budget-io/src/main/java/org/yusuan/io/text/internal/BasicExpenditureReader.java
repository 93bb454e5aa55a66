package org.yusuan.io.text.internal;

import java.util.List;
import java.util.Optional;
import org.yusuan.codes.EconomicCode;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;

/**
 * Reads 表6 一般公共预算基本支出情况表: economic code (类/款), name, 合计, 人员经费, 公用经费. Without the column
 * structure, the amount besides the total is 人员经费 for 301 工资福利支出 and 303 对个人和家庭的补助, 公用经费 for the
 * others (the code's nature), recorded as an inference.
 */
public final class BasicExpenditureReader extends CodedRowsReader<BasicExpenditureColumn> {

    /**
     * A reader of one block of 表6.
     *
     * @param context the context
     * @param block the block
     */
    public BasicExpenditureReader(ReadContext context, TableBlock block) {
        super(context, block, BasicExpenditureColumn.class, true);
    }

    @Override
    protected void resolveUnplaced() {
        for (PendingRow<BasicExpenditureColumn> row : rows) {
            if (row.unresolved() && row.unplaced.size() == 2 && row.code.isPresent()) {
                String category = row.code.get().digits().substring(0, 3);
                boolean personnel = category.equals("301") || category.equals("303");
                BasicExpenditureColumn column = personnel ? BasicExpenditureColumn.PERSONNEL
                        : BasicExpenditureColumn.PUBLIC_EXPENSES;
                row.amounts.put(BasicExpenditureColumn.TOTAL, row.unplaced.get(0));
                row.amounts.put(column, row.unplaced.get(1));
                row.unplaced = List.of();
                context.log().infer(row.line.number(), kind(), "列位置已丢失：经济分类 " + category + " 属"
                        + column.label() + "，" + row.amounts.get(column).toPlainString() + " 读作" + column.label());
            }
        }
        super.resolveUnplaced();
    }

    @Override
    protected BudgetTable buildTable(MoneyUnit unit, Optional<String> emptyNote) {
        return GeneralBudgetBasicExpenditure.builder().unit(unit).emptyNote(emptyNote)
                .addAllRows(rows.stream().map(r -> (BasicExpenditureRow) BasicExpenditureRow.builder()
                        .code(r.code.map(c -> (EconomicCode) c)).name(ExpenditureTableReader.optional(r.name))
                        .putAllAmounts(r.amounts).build()).toList())
                .totals(totalsRow()).build();
    }
}
