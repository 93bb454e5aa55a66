package org.yusuan.io.csv.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.yusuan.codes.ClassificationCode;

/**
 * A table row in the shape both CSV shapes share: its kind, the typed values of its descriptive cells and its
 * printed amounts by column constant.
 *
 * @param kind the row kind
 * @param item the standard item (IncomeItem, FiscalIncomeItem or ThreePublicExpenseItem), if any
 * @param code the classification code, if any
 * @param name the printed name, if any
 * @param project the project name (表7), if any
 * @param subUnit the sub-unit (表7), if any
 * @param amounts the printed amounts, by column constant; blank cells have no entry
 * @param line the line the row was read from (its first line in the long shape), 0 when not read
 */
public record RowData(RowKind kind, Optional<Enum<?>> item, Optional<ClassificationCode<?>> code,
        Optional<String> name, Optional<String> project, Optional<String> subUnit, Map<Enum<?>, BigDecimal> amounts,
        long line) {
}
