package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;
import org.yusuan.model.MoneyUnit;

/**
 * One of the eleven tables of a budget disclosure (预算公开表): what every table has, whatever its columns.
 *
 * <p>A table the document prints but declares empty (为空表) keeps the note that says so in {@link #getEmptyNote()};
 * a table the document does not have at all is no table (an empty {@code Optional} in the disclosure). A declared
 * empty table with rows is representable: it is a finding for the validator, not an error of construction.
 */
public interface BudgetTable {

    /**
     * Which of the eleven tables this is.
     *
     * @return the kind, never null
     */
    TableKind getKind();

    /**
     * The unit the table states its amounts in (单位：万元 / 单位：元).
     *
     * @return the unit, never null
     */
    MoneyUnit getUnit();

    /**
     * The note by which the document declares the table empty (为空表说明), exactly as printed: {@code
     * 库尔勒市人民政府办公室 2024 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。}
     *
     * @return the note, or empty when the table is not declared empty
     */
    Optional<String> getEmptyNote();

    /**
     * Whether the document declares the table empty (为空表), that is whether it printed an empty note.
     *
     * @return true when {@link #getEmptyNote()} is present
     */
    default boolean isDeclaredEmpty() {
        return getEmptyNote().isPresent();
    }

    /**
     * The table as blocks of rows sharing one set of columns, for writers and validators that treat tables alike.
     *
     * @return one section, or two for 表1 and 表4 (income, then expenditure); immutable, never null
     */
    List<TableSection<?>> sections();
}
