package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.TableSection;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#TABLE_DECLARED_EMPTY}: a table declared empty (为空表) that still prints a non-zero amount; the
 * finding names the first such row and the number of non-zero cells.
 */
final class DeclaredEmptyRule implements Rule {

    @Override
    public List<String> ids() {
        return List.of(Rules.TABLE_DECLARED_EMPTY);
    }

    @Override
    public void check(Context context) {
        for (BudgetTable table : context.disclosure().tables()) {
            if (!table.isDeclaredEmpty()) {
                continue;
            }
            int cells = 0;
            TableRow<?> first = null;
            BigDecimal firstAmount = null;
            for (TableSection<?> section : table.sections()) {
                for (TableRow<?> row : section.getRows()) {
                    for (BigDecimal v : row.getAmounts().values()) {
                        if (v.signum() != 0) {
                            cells++;
                            if (first == null) {
                                first = row;
                                firstAmount = v;
                            }
                        }
                    }
                }
                if (section.getTotals().isPresent()) {
                    for (BigDecimal v : section.getTotals().get().getAmounts().values()) {
                        if (v.signum() != 0) {
                            cells++;
                            if (first == null) {
                                first = section.getTotals().get();
                                firstAmount = v;
                            }
                        }
                    }
                }
            }
            if (cells > 0) {
                context.add(Rules.TABLE_DECLARED_EMPTY, Severity.WARNING, Where.row(table.getKind(), first), null,
                        firstAmount, false, table.getUnit(), null, String.valueOf(cells));
            }
        }
    }
}
