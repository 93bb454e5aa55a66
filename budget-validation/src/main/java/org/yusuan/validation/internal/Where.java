package org.yusuan.validation.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;

/**
 * Where a finding is: table, row (code, name, project) and column. Immutable; {@code null} parts are unknown.
 *
 * @param table the table, or null
 * @param code the code digits, or null
 * @param name the printed row name, or null
 * @param project the project name, or null
 * @param column the column label, or null
 */
public record Where(TableKind table, String code, String name, String project, String column) {

    /** Nowhere in particular: the disclosure as a whole. */
    public static final Where DISCLOSURE = new Where(null, null, null, null, null);

    /** Each column's {@link AmountColumn#qualifiedLabel()}, built once: the rules name a column for every sum. */
    private static final Map<AmountColumn, String> LABELS = new ConcurrentHashMap<>();

    /**
     * A whole table.
     *
     * @param table the table
     * @return the location
     */
    public static Where table(TableKind table) {
        return new Where(table, null, null, null, null);
    }

    /**
     * A row of a table, by its printed code and name.
     *
     * @param table the table
     * @param row the row
     * @return the location
     */
    public static Where row(TableKind table, TableRow<?> row) {
        Optional<? extends ClassificationCode<?>> code = row.classificationCode();
        return new Where(table, code.isPresent() ? code.get().digits() : null, row.getName().orElse(null), null,
                null);
    }

    /**
     * The same location in a column.
     *
     * @param c the column
     * @return the location
     */
    public Where column(AmountColumn c) {
        return new Where(table, code, name, project, LABELS.computeIfAbsent(c, AmountColumn::qualifiedLabel));
    }

    /**
     * The same location in a column named by text.
     *
     * @param label the column label
     * @return the location
     */
    public Where column(String label) {
        return new Where(table, code, name, project, label);
    }

    /**
     * The same location for a project.
     *
     * @param projectName the project name
     * @return the location
     */
    public Where project(String projectName) {
        return new Where(table, code, name, projectName, column);
    }

    /**
     * The same location with a code.
     *
     * @param digits the code digits
     * @return the location
     */
    public Where code(String digits) {
        return new Where(table, digits, name, project, column);
    }

    /**
     * The same location with a row name.
     *
     * @param rowName the name
     * @return the location
     */
    public Where name(String rowName) {
        return new Where(table, code, rowName, project, column);
    }

    Optional<TableKind> tableOpt() {
        return Optional.ofNullable(table);
    }
}
