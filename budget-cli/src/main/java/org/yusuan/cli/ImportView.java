package org.yusuan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.yusuan.io.text.ImportReport;
import org.yusuan.io.text.Inference;
import org.yusuan.io.text.TableImport;
import org.yusuan.io.text.UnreadLine;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.TableKind;

/**
 * What was imported of a disclosure, table by table, the same way whatever the input format: from the text
 * importer's report for published text, from the disclosure itself for the structured formats (which have no unread
 * lines or inferences).
 *
 * @param tables one line per table, 表1 first
 * @param unreadLines the lines of text the importer could not read
 * @param inferences what the importer inferred rather than read
 */
record ImportView(List<TableLine> tables, List<UnreadLine> unreadLines, List<Inference> inferences) {

    /** How a table was imported. */
    enum Status {
        /** The table is there with rows (已找到). */
        FOUND,
        /** The table is there and declared empty (为空表). */
        FOUND_EMPTY,
        /** The document has no such table (缺失). */
        MISSING
    }

    /**
     * One table's import.
     *
     * @param kind the table
     * @param status found, declared empty, or missing
     * @param rows the rows read (body and totals)
     * @param line the line its title is on in the text, when imported from text
     * @param unit the table's unit, when known
     */
    record TableLine(TableKind kind, Status status, int rows, OptionalInt line, Optional<MoneyUnit> unit) {
    }

    static ImportView of(Document document) {
        return document.importReport().map(report -> ofReport(report, document.disclosure()))
                .orElseGet(() -> ofDisclosure(document.disclosure()));
    }

    /** The importer's report; a table whose unit was not printed shows the unit the importer gave it (an inference). */
    private static ImportView ofReport(ImportReport report, BudgetDisclosure disclosure) {
        List<TableLine> lines = new ArrayList<>();
        for (TableImport table : report.tables()) {
            Optional<MoneyUnit> unit = table.unit().or(() -> disclosure.table(table.kind()).map(BudgetTable::getUnit));
            lines.add(new TableLine(table.kind(), Status.valueOf(table.status().name()), table.rowsRead(), table.line(),
                    unit));
        }
        return new ImportView(List.copyOf(lines), List.copyOf(report.unreadLines()), List.copyOf(report.inferences()));
    }

    private static ImportView ofDisclosure(BudgetDisclosure disclosure) {
        List<TableLine> lines = new ArrayList<>();
        for (TableKind kind : TableKind.values()) {
            Optional<BudgetTable> table = disclosure.table(kind);
            if (table.isEmpty()) {
                lines.add(new TableLine(kind, Status.MISSING, 0, OptionalInt.empty(), Optional.empty()));
            } else {
                int rows = table.get().sections().stream()
                        .mapToInt(section -> section.getRows().size() + (section.getTotals().isPresent() ? 1 : 0))
                        .sum();
                Status status = table.get().isDeclaredEmpty() && rows == 0 ? Status.FOUND_EMPTY : Status.FOUND;
                lines.add(new TableLine(kind, status, rows, OptionalInt.empty(), Optional.of(table.get().getUnit())));
            }
        }
        return new ImportView(List.copyOf(lines), List.of(), List.of());
    }

    long count(Status status) {
        return tables.stream().filter(table -> table.status() == status).count();
    }

    int rows() {
        return tables.stream().mapToInt(TableLine::rows).sum();
    }
}
