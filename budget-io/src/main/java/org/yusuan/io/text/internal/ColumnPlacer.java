package org.yusuan.io.text.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the amounts of a row in their columns. With the column structure kept (tabs), each amount goes to the column
 * at its place. Without it, a row with as many amounts as columns is read in order and a row with one amount is the
 * first column (the total); any other row is left for the table's own resolution (its arithmetic and the codes'
 * nature), see {@link BasicProjectSplit} and the table readers.
 */
public final class ColumnPlacer {

    private ColumnPlacer() {
    }

    /**
     * Places the amounts of a row.
     *
     * @param row the pending row
     * @param cells the row's cells
     * @param columns the table's columns in template order
     * @param log the log for inferences
     * @param table the table, for the inferences
     * @param <C> the column enum
     */
    public static <C extends Enum<C>> void place(PendingRow<C> row, RowCells cells, C[] columns, ImportLog log,
            org.yusuan.model.table.TableKind table) {
        List<String> printed = cells.amounts();
        if (cells.positional()) {
            for (int i = 0; i < printed.size() && i < columns.length; i++) {
                if (!printed.get(i).isEmpty()) {
                    row.amounts.put(columns[i], Amounts.of(printed.get(i)));
                }
            }
            return;
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String p : printed) {
            if (!p.isEmpty()) {
                values.add(Amounts.of(p));
            }
        }
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == columns.length) {
            for (int i = 0; i < values.size(); i++) {
                row.amounts.put(columns[i], values.get(i));
            }
            if (cells.line().tabbed()) {
                log.infer(cells.line().number(), table, "列数与表头不符，" + values.size() + " 个金额按表头顺序读");
            }
            return;
        }
        if (values.size() == 1) {
            row.amounts.put(columns[0], values.get(0));
            if (columns.length > 1) {
                log.infer(cells.line().number(), table, "列位置已丢失，唯一的金额 " + values.get(0) + " 读作第一列");
            }
            return;
        }
        row.unplaced = List.copyOf(values);
    }
}
