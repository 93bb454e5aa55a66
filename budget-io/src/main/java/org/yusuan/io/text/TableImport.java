package org.yusuan.io.text;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.TableKind;

/**
 * What the importer found of one table (表1 … 表11).
 *
 * @param kind the table, never null
 * @param status found, found empty (为空表) or missing
 * @param rowsRead how many body rows were read into the model (totals rows not counted)
 * @param line the 1-based line of the table's heading, empty when missing
 * @param unit the unit the table declares ({@code 单位：万元}), empty when it declares none
 */
public record TableImport(TableKind kind, TableStatus status, int rowsRead, OptionalInt line,
        Optional<MoneyUnit> unit) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if rowsRead is negative
     */
    public TableImport {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(line, "line must not be null (use OptionalInt.empty())");
        Objects.requireNonNull(unit, "unit must not be null (use Optional.empty())");
        if (rowsRead < 0) {
            throw new IllegalArgumentException("rowsRead must not be negative: " + rowsRead);
        }
    }

    /**
     * A table the text does not have.
     *
     * @param kind the table, not null
     * @return a MISSING entry, never null
     */
    public static TableImport missing(TableKind kind) {
        return new TableImport(kind, TableStatus.MISSING, 0, OptionalInt.empty(), Optional.empty());
    }
}
