package org.yusuan.io.csv.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.codes.CodeSystem;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.io.ReadException;
import org.yusuan.io.csv.internal.TableShape.Descriptor;
import org.yusuan.io.csv.internal.TableShape.Section;

/**
 * Reads the descriptive cells of one table row, shared by both shapes: the row kind, and the item, code, name,
 * project and sub-unit where the section has them; a cell filled where the section or row kind has no such value is
 * an error, so nothing is dropped.
 */
public final class RowCells {

    /**
     * A cell and its 1-based column.
     *
     * @param value the raw cell
     * @param column the column
     * @param header the column's header, for errors
     */
    public record Cell(String value, int column, String header) {
    }

    /**
     * Where a row was read, for errors.
     *
     * @param source the file
     * @param line the row's line
     * @param table the table's display name
     */
    public record Where(String source, long line, String table) {

        /**
         * An error at a cell.
         *
         * @param cell the cell, or null
         * @param row the row description, or null
         * @param problem the problem
         * @param expected the expected form
         * @return the error
         */
        public ReadException error(Cell cell, String row, String problem, String expected) {
            ReadException.Builder b = ReadException.builder(source, problem).line(line).table(table).row(row)
                    .expected(expected);
            if (cell != null) {
                b.column(cell.column()).field(cell.header());
            }
            return b.build();
        }
    }

    private static final Descriptor[] CODES = {Descriptor.FUNCTIONAL_CODE, Descriptor.ECONOMIC_CODE};
    private static final Descriptor[] PROJECT_CELLS = {Descriptor.PROJECT_NAME, Descriptor.SUB_UNIT};

    private RowCells() {
    }

    /**
     * Reads a row.
     *
     * @param section the row's section
     * @param cells the descriptive cells present in the file (a missing descriptor is blank)
     * @param amounts the amounts already read
     * @param where where the row is
     * @return the row
     * @throws ReadException on a bad or misplaced cell
     */
    public static RowData read(Section section, Map<Descriptor, Cell> cells, Map<Enum<?>, BigDecimal> amounts,
            Where where) {
        Cell kindCell = cells.get(Descriptor.ROW_KIND);
        List<RowKind> allowed = section.rowKinds();
        RowKind kind = RowKind.parse(kindCell.value(), allowed).orElseThrow(() -> where.error(kindCell, null,
                "unknown row kind \"" + Cells.abbreviate(kindCell.value()) + "\"",
                "one of " + allowed.stream().map(k -> k.label() + " (" + k.englishLabel() + ")")
                        .collect(Collectors.joining(", "))));
        boolean total = kind == RowKind.TOTAL;
        Optional<String> name = Cells.readText(value(cells, Descriptor.NAME));
        String row = name.map(Cells::abbreviate).orElse(kind.label());

        Optional<Enum<?>> item = Optional.empty();
        Cell itemCell = cells.get(Descriptor.ITEM);
        if (itemCell != null && !itemCell.value().isEmpty()) {
            if (section.itemType() == null || total) {
                throw misplaced(where, itemCell, row, section, kind);
            }
            item = TableShape.item(section.itemType(), itemCell.value());
            if (item.isEmpty()) {
                throw where.error(itemCell, row, "unknown standard item \"" + Cells.abbreviate(itemCell.value())
                        + "\"", "blank or one of " + TableShape.itemNames(section.itemType()));
            }
        }
        Optional<ClassificationCode<?>> code = Optional.empty();
        for (Descriptor d : CODES) {
            Cell c = cells.get(d);
            if (c == null || c.value().isEmpty()) {
                continue;
            }
            CodeSystem system = d == Descriptor.FUNCTIONAL_CODE ? CodeSystem.FUNCTIONAL : CodeSystem.ECONOMIC;
            if (section.codeSystem() != system || total) {
                throw misplaced(where, c, row, section, kind);
            }
            String text = c.value().startsWith("'") ? c.value().substring(1) : c.value();
            try {
                code = Optional.of(system == CodeSystem.FUNCTIONAL ? FunctionalCode.parse(text)
                        : EconomicCode.parse(text));
            } catch (IllegalArgumentException e) {
                throw where.error(c, row, "bad code \"" + Cells.abbreviate(c.value()) + "\": " + e.getMessage(),
                        system == CodeSystem.FUNCTIONAL
                                ? "a 支出功能分类科目 code: 类 3 digits, 款 5, 项 7, such as 2010301"
                                : "a 经济分类科目 code: 类 3 digits or 款 5, such as 30101");
            }
        }
        Optional<String> project = Optional.empty();
        Optional<String> subUnit = Optional.empty();
        for (Descriptor d : PROJECT_CELLS) {
            Cell c = cells.get(d);
            if (c == null || c.value().isEmpty()) {
                continue;
            }
            if (!section.projects() || total) {
                throw misplaced(where, c, row, section, kind);
            }
            if (d == Descriptor.PROJECT_NAME) {
                project = Cells.readText(c.value());
            } else {
                subUnit = Cells.readText(c.value());
            }
        }
        return new RowData(kind, item, code, name, project, subUnit, amounts, where.line());
    }

    private static String value(Map<Descriptor, Cell> cells, Descriptor d) {
        Cell c = cells.get(d);
        return c == null ? "" : c.value();
    }

    private static ReadException misplaced(Where where, Cell cell, String row, Section section, RowKind kind) {
        return where.error(cell, row, "a " + kind.label() + " row of " + section.title() + " has no "
                + cell.header() + ", but the cell holds \"" + Cells.abbreviate(cell.value()) + "\"", "a blank cell");
    }

    /**
     * Reads an amount cell.
     *
     * @param cell the cell, not blank
     * @param row the row, for errors
     * @param where where the row is
     * @return the amount
     */
    public static BigDecimal amount(Cell cell, String row, Where where) {
        if (!Cells.isDecimal(cell.value())) {
            throw where.error(cell, row, "bad amount \"" + Cells.abbreviate(cell.value()) + "\"",
                    "a blank cell (nothing printed) or " + Cells.DECIMAL_FORM);
        }
        return new BigDecimal(cell.value());
    }
}
