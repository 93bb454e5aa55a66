package org.yusuan.io.csv.internal;

import java.util.List;
import java.util.Optional;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.TableKind;

/**
 * A table in the shape both CSV shapes share.
 *
 * @param kind which table
 * @param unit its unit
 * @param emptyNote its 为空表 note, if declared empty
 * @param sections its sections in {@link TableShape} order: body rows and the totals row of each
 */
public record TableData(TableKind kind, MoneyUnit unit, Optional<String> emptyNote, List<SectionData> sections) {

    /**
     * One section's rows.
     *
     * @param rows the body rows in document order
     * @param totals the printed totals row, if any
     */
    public record SectionData(List<RowData> rows, Optional<RowData> totals) {
    }
}
