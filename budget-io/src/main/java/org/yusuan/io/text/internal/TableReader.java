package org.yusuan.io.text.internal;

import java.util.Optional;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.TableKind;

/**
 * Reads one table block: the loop over its lines that every table shape shares. Blank lines, the title, page
 * headers, the unit line, column headers repeated at page breaks and page numbers are skipped; a line with
 * {@code 为空表} is the table's empty note; every other line is offered to the shape's {@link #row(TextLine)}; a line
 * that is no row, no header and no wrapped name becomes an unread line with the reason. Subclasses are one per table
 * shape; each instance reads one block.
 */
public abstract class TableReader {

    /** Where the read goes. */
    protected final ReadContext context;
    /** The block being read. */
    protected final TableBlock block;
    private Optional<MoneyUnit> declaredUnit = Optional.empty();
    private Optional<String> emptyNote = Optional.empty();
    private boolean lastWasRow;
    private boolean lastWasPageHeader;
    private boolean lastWasStray;

    /**
     * A reader of one block.
     *
     * @param context the import context
     * @param block the block
     */
    protected TableReader(ReadContext context, TableBlock block) {
        this.context = context;
        this.block = block;
    }

    /**
     * Reads the block.
     *
     * @return the table and the counts
     */
    public final TableRead read() {
        for (TextLine line : block.lines()) {
            if (line.isBlank()) {
                continue;
            }
            Optional<MoneyUnit> unit = PageFurniture.unit(line);
            if (unit.isPresent() && declaredUnit.isEmpty()) {
                declaredUnit = unit;
            }
            if (TableHeading.of(line).isPresent() || PageFurniture.isPageHeader(line)) {
                lastWasRow = false;
                lastWasPageHeader = PageFurniture.isPageHeader(line);
                continue;
            }
            if (line.text().contains("为空表") || line.text().contains("本表为空")) {
                String note = line.text().replaceAll("\\s*\\t\\s*", " ").strip();
                emptyNote = Optional.of(note);
                lastWasRow = false;
                lastWasPageHeader = false;
                continue;
            }
            if (row(line)) {
                lastWasRow = true;
                lastWasPageHeader = false;
                continue;
            }
            if (lastWasPageHeader && isWrappedText(line) && line.cells().size() == 1) {
                // the compiler's name wrapped onto the next line: 编制单位：…管 / 理委员会…
                lastWasPageHeader = false;
                continue;
            }
            lastWasPageHeader = false;
            if (PageFurniture.isColumnHeader(line) || PageFurniture.isPageNumber(line)) {
                lastWasRow = false;
                continue;
            }
            if (lastWasRow && isWrappedText(line) && appendWrapped(line)) {
                continue;
            }
            Optional<TableKind> other = strayOf(line, lastWasStray);
            if (other.isPresent()) {
                context.log().stray(other.get(), line);
                lastWasStray = true;
                lastWasRow = false;
                continue;
            }
            context.log().unread(line, block.kind(), whyNot(line));
            lastWasRow = false;
            lastWasStray = false;
        }
        return new TableRead(build(unit(), emptyNote), rowsRead(), declaredUnit);
    }

    /**
     * The unit to build the table in: the declared one, else the one most tables of the document declare.
     *
     * @return the unit
     */
    protected MoneyUnit unit() {
        if (declaredUnit.isPresent()) {
            return declaredUnit.get();
        }
        context.log().infer(block.headingLine(), block.kind(), "表中未印单位，按" + context.defaultUnitReason()
                + "读作" + context.defaultUnit().label());
        return context.defaultUnit();
    }

    /**
     * Tries to read a line as a row (or a totals row) of this table.
     *
     * @param line a non-blank line
     * @return true when the line was read
     */
    protected abstract boolean row(TextLine line);

    /**
     * Appends a line of text only to the name of the last row read (a name wrapped onto the next line).
     *
     * @param line the line
     * @return true when appended
     */
    protected boolean appendWrapped(TextLine line) {
        return false;
    }

    /**
     * The table a line that is no row of this table is a row of, when that table's heading was lost (the table
     * above was cut off). None by default.
     *
     * @param line the line
     * @param afterStray whether the line before was such a row
     * @return the other table, or empty
     */
    protected Optional<TableKind> strayOf(TextLine line, boolean afterStray) {
        return Optional.empty();
    }

    /**
     * Why a line is no row of this table.
     *
     * @param line the line
     * @return the reason, in Chinese
     */
    protected String whyNot(TextLine line) {
        return "不是" + block.kind().label() + "的行：无法按该表的列读取";
    }

    /**
     * Builds the table from what was read.
     *
     * @param unit the unit
     * @param emptyNote the empty note, if any
     * @return the table
     */
    protected abstract BudgetTable build(MoneyUnit unit, Optional<String> emptyNote);

    /**
     * How many body rows were read.
     *
     * @return the count
     */
    protected abstract int rowsRead();

    /**
     * The table kind.
     *
     * @return the kind
     */
    protected final TableKind kind() {
        return block.kind();
    }

    private static boolean isWrappedText(TextLine line) {
        for (String cell : line.cells()) {
            if (!cell.isEmpty() && Amounts.isAmount(cell)) {
                return false;
            }
        }
        return true;
    }
}
