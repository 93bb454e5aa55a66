package org.yusuan.io.text.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.codes.ClassificationCode;

/**
 * A row read from a line, before the table is built: its code, name, the amounts placed in their columns and, when
 * the layout lost the columns, the printed amounts still to place.
 *
 * @param <C> the column enum
 */
public final class PendingRow<C extends Enum<C>> {

    final TextLine line;
    final Optional<? extends ClassificationCode<?>> code;
    String name;
    final Map<C, BigDecimal> amounts;
    List<BigDecimal> unplaced;

    PendingRow(TextLine line, Optional<? extends ClassificationCode<?>> code, String name, Class<C> columns) {
        this.line = line;
        this.code = code;
        this.name = name;
        this.amounts = new EnumMap<>(columns);
        this.unplaced = List.of();
    }

    /**
     * Whether some printed amounts still have no column.
     *
     * @return true when unresolved
     */
    public boolean unresolved() {
        return !unplaced.isEmpty();
    }
}
