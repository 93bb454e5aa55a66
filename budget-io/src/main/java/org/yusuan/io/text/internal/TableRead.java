package org.yusuan.io.text.internal;

import java.util.Optional;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;

/**
 * What a table reader made of a table block.
 *
 * @param table the table as read
 * @param rowsRead how many body rows were read
 * @param declaredUnit the unit the block declared, if any
 */
public record TableRead(BudgetTable table, int rowsRead, Optional<MoneyUnit> declaredUnit) {
}
