package org.yusuan.io.text.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.FundExpenditureRow;
import org.yusuan.model.table.GovernmentFundExpenditure;
import org.yusuan.model.table.StateCapitalExpenditure;
import org.yusuan.model.table.TableKind;

/**
 * Reads 表8 政府性基金预算支出情况表 and 表9 国有资本经营预算支出情况表: functional code, name, 合计, 人员经费, 公用经费,
 * 项目支出. Without the column structure, the amount besides the total is 人员经费 for a 行政运行-like item and 项目支出
 * otherwise (the code's nature), recorded as an inference.
 */
public final class FundExpenditureReader extends CodedRowsReader<FundExpenditureColumn> {

    private static final Pattern PERSONNEL = Pattern.compile("行政运行|事业运行|离退休|养老|职业年金|医疗|公积金");

    /**
     * A reader of one block of 表8 or 表9.
     *
     * @param context the context
     * @param block the block
     */
    public FundExpenditureReader(ReadContext context, TableBlock block) {
        super(context, block, FundExpenditureColumn.class, false);
    }

    @Override
    protected void resolveUnplaced() {
        for (PendingRow<FundExpenditureColumn> row : rows) {
            if (row.unresolved() && row.unplaced.size() == 2) {
                FundExpenditureColumn column = PERSONNEL.matcher(row.name).find() ? FundExpenditureColumn.PERSONNEL
                        : FundExpenditureColumn.PROJECT;
                row.amounts.put(FundExpenditureColumn.TOTAL, row.unplaced.get(0));
                row.amounts.put(column, row.unplaced.get(1));
                row.unplaced = List.of();
                context.log().infer(row.line.number(), kind(), "列位置已丢失：按科目性质，"
                        + row.amounts.get(column).toPlainString() + " 读作" + column.label());
            }
        }
        super.resolveUnplaced();
    }

    @Override
    protected BudgetTable buildTable(MoneyUnit unit, Optional<String> emptyNote) {
        List<FundExpenditureRow> built = rows.stream().map(r -> (FundExpenditureRow) FundExpenditureRow.builder()
                .code(r.code.map(c -> (FunctionalCode) c)).name(ExpenditureTableReader.optional(r.name))
                .putAllAmounts(r.amounts).build()).toList();
        if (kind() == TableKind.GOVERNMENT_FUND_EXPENDITURE) {
            return GovernmentFundExpenditure.builder().unit(unit).emptyNote(emptyNote).addAllRows(built)
                    .totals(totalsRow()).build();
        }
        return StateCapitalExpenditure.builder().unit(unit).emptyNote(emptyNote).addAllRows(built)
                .totals(totalsRow()).build();
    }
}
