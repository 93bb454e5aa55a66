package org.yusuan.io.text.internal;

import java.util.List;
import org.yusuan.model.table.TableKind;

/**
 * The lines of one table as found in the text: from the line after its heading to the line before the next table
 * or the end of the tables part.
 *
 * @param kind the table
 * @param headingLine the 1-based line of its heading
 * @param lines its lines, the title line included
 */
public record TableBlock(TableKind kind, int headingLine, List<TextLine> lines) {
}
