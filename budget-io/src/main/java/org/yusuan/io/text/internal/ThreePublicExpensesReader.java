package org.yusuan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.ThreePublicExpenses;
import org.yusuan.model.table.TotalsRow;

/**
 * Reads 表10 财政拨款“三公”经费支出情况表: the 合计 row and the items 因公出国（境）费, 公务接待费, 公务用车购置及运行费
 * (小计), 公务用车购置费, 公务用车运行费, each with 合计 and its three sources. Without the column structure, two equal
 * amounts are 合计 and 一般公共预算 (recorded as an inference).
 */
public final class ThreePublicExpensesReader extends TableReader {

    private static final ThreePublicExpenseColumn[] COLUMNS = ThreePublicExpenseColumn.values();

    private final List<ThreePublicExpenseRow> rows = new ArrayList<>();
    private TotalsRow<ThreePublicExpenseColumn> totals;

    /**
     * A reader of one block of 表10.
     *
     * @param context the context
     * @param block the block
     */
    public ThreePublicExpensesReader(ReadContext context, TableBlock block) {
        super(context, block);
    }

    @Override
    protected boolean row(TextLine line) {
        RowCells cells = RowCells.of(line, 0, 1, COLUMNS.length);
        if (cells == null || cells.name().isEmpty()) {
            return false;
        }
        String name = cells.name();
        boolean total = TotalsLabel.is(name);
        ThreePublicExpenseItem item = total ? null : item(name);
        if (!total && item == null) {
            return false;
        }
        PendingRow<ThreePublicExpenseColumn> pending = new PendingRow<>(line, Optional.empty(), name,
                ThreePublicExpenseColumn.class);
        ColumnPlacer.place(pending, cells, COLUMNS, context.log(), kind());
        if (pending.unresolved()) {
            pending.amounts.put(ThreePublicExpenseColumn.TOTAL, pending.unplaced.get(0));
            if (pending.unplaced.size() == 2) {
                pending.amounts.put(ThreePublicExpenseColumn.GENERAL_PUBLIC_BUDGET, pending.unplaced.get(1));
                context.log().infer(line.number(), kind(), "列位置已丢失：合计以外的金额读作一般公共预算（三公经费的常见来源）");
            } else {
                for (int i = 1; i < pending.unplaced.size(); i++) {
                    pending.amounts.put(COLUMNS[i], pending.unplaced.get(i));
                }
                context.log().infer(line.number(), kind(), "列位置已丢失：金额按表头顺序读");
            }
            pending.unplaced = List.of();
        }
        if (total) {
            totals = CodedRowsReader.totalsOf(pending);
        } else {
            rows.add(ThreePublicExpenseRow.builder().item(item).name(name).putAllAmounts(pending.amounts).build());
        }
        return true;
    }

    private static ThreePublicExpenseItem item(String printed) {
        String folded = ItemLabels.fold(printed);
        for (ThreePublicExpenseItem item : ThreePublicExpenseItem.values()) {
            if (item.label().equals(folded) || (item == ThreePublicExpenseItem.OFFICIAL_VEHICLES
                    && folded.startsWith("公务用车购置及运行"))) {
                return item;
            }
        }
        return null;
    }

    @Override
    protected String whyNot(TextLine line) {
        return "不是“三公”经费的项目";
    }

    @Override
    protected BudgetTable build(MoneyUnit unit, Optional<String> emptyNote) {
        return ThreePublicExpenses.builder().unit(unit).emptyNote(emptyNote).addAllRows(rows)
                .totals(Optional.ofNullable(totals)).build();
    }

    @Override
    protected int rowsRead() {
        return rows.size();
    }
}
