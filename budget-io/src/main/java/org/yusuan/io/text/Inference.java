package org.yusuan.io.text;

import java.util.Objects;
import java.util.Optional;
import org.yusuan.model.table.TableKind;

/**
 * Something the importer decided that the text does not say outright (推断): for example which column an amount
 * belongs to when the layout lost the columns, or which code an OCR-damaged code stands for.
 *
 * @param lineNumber the 1-based line number the decision is about
 * @param table the table concerned, or empty outside tables
 * @param description what was decided and from what, in Chinese, never null
 */
public record Inference(int lineNumber, Optional<TableKind> table, String description) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if table or description is null
     * @throws IllegalArgumentException if the line number is not positive
     */
    public Inference {
        Objects.requireNonNull(table, "table must not be null (use Optional.empty())");
        Objects.requireNonNull(description, "description must not be null");
        if (lineNumber < 1) {
            throw new IllegalArgumentException("line numbers start at 1, not " + lineNumber);
        }
    }
}
