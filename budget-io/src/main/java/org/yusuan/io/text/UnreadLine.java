package org.yusuan.io.text;

import java.util.Objects;
import java.util.Optional;
import org.yusuan.model.table.TableKind;

/**
 * A non-blank line of a disclosure text that the importer could not interpret (未能识别的行), kept so that nothing is
 * dropped silently.
 *
 * @param lineNumber the 1-based line number in the text
 * @param table the table the line was found in, or empty outside tables
 * @param text the line as printed (without its line break), never null
 * @param reason why it could not be read, in Chinese, never null
 */
public record UnreadLine(int lineNumber, Optional<TableKind> table, String text, String reason) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if table, text or reason is null
     * @throws IllegalArgumentException if the line number is not positive
     */
    public UnreadLine {
        Objects.requireNonNull(table, "table must not be null (use Optional.empty())");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        if (lineNumber < 1) {
            throw new IllegalArgumentException("line numbers start at 1, not " + lineNumber);
        }
    }
}
