package org.yusuan.io.csv.internal;

import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.yusuan.io.ReadException;
import org.yusuan.io.csv.internal.TableShape.Descriptor;
import org.yusuan.io.csv.internal.TableShape.Section;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.EntityKind;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.TableKind;

/**
 * The long CSV shape: one line per printed amount, plus lines that keep what amounts alone cannot (the disclosure,
 * each table with its unit and 为空表 note, rows without printed amounts, and the parts that are not tables as
 * key/value fields), many disclosures in one file.
 */
public final class LongRows {

    /** Record kinds. */
    static final String DISCLOSURE = "disclosure";
    static final String TABLE = "table";
    static final String ROW = "row";
    static final String AMOUNT = "amount";
    static final String FIELD = "field";

    private static final LongColumn[] COLUMNS = LongColumn.values();
    private static final int TABLE_COUNT = TableKind.values().length;

    private LongRows() {
    }

    /**
     * Writes the header.
     *
     * @param w the CSV writer
     */
    public static void writeHeader(CsvWriter w) {
        List<String> header = new ArrayList<>();
        for (LongColumn c : LongColumn.values()) {
            header.add(c.header());
        }
        w.writeRecord(header);
    }

    /**
     * Writes one disclosure's lines.
     *
     * @param w the CSV writer
     * @param ordinal the disclosure's 1-based number in the file
     * @param d the disclosure
     */
    public static void write(CsvWriter w, int ordinal, BudgetDisclosure d) {
        // Each line is an array in column order: the cells shared by a disclosure, table or row are filled once and
        // copied, and a line's own cells set on the copy.
        String[] base = blank();
        base[LongColumn.DISCLOSURE.ordinal()] = Integer.toString(ordinal);
        base[LongColumn.ENTITY.ordinal()] = Cells.text(d.getEntityName());
        base[LongColumn.ENTITY_KIND.ordinal()] = d.getEntityKind().label();
        base[LongColumn.FISCAL_YEAR.ordinal()] = Integer.toString(d.getFiscalYear());
        String[] disclosure = base.clone();
        disclosure[LongColumn.RECORD.ordinal()] = DISCLOSURE;
        w.writeRecord(disclosure);
        for (TableData t : TableModel.tables(d)) {
            TableShape shape = TableShape.of(t.kind());
            String[] table = base.clone();
            table[LongColumn.TABLE_NUMBER.ordinal()] = Integer.toString(t.kind().number());
            table[LongColumn.TABLE_NAME.ordinal()] = t.kind().label();
            table[LongColumn.UNIT.ordinal()] = t.unit().label();
            String[] tableRecord = table.clone();
            tableRecord[LongColumn.RECORD.ordinal()] = TABLE;
            tableRecord[LongColumn.VALUE.ordinal()] = Cells.text(t.emptyNote());
            w.writeRecord(tableRecord);
            for (int s = 0; s < t.sections().size(); s++) {
                Section section = shape.sections().get(s);
                TableData.SectionData data = t.sections().get(s);
                int index = 1;
                for (RowData row : data.rows()) {
                    writeRow(w, table, shape, section, row, Integer.toString(index++));
                }
                data.totals().ifPresent(row -> writeRow(w, table, shape, section, row, ""));
            }
        }
        FieldSink fields = new FieldSink();
        DisclosureFields.write(d, fields);
        for (FieldSink.Entry e : fields.entries()) {
            String[] field = base.clone();
            field[LongColumn.RECORD.ordinal()] = FIELD;
            field[LongColumn.FIELD.ordinal()] = e.key();
            field[LongColumn.VALUE.ordinal()] = e.cell();
            w.writeRecord(field);
        }
    }

    private static String[] blank() {
        String[] cells = new String[COLUMNS.length];
        java.util.Arrays.fill(cells, "");
        return cells;
    }

    private static void writeRow(CsvWriter w, String[] table, TableShape shape, Section section, RowData row,
            String index) {
        String[] r = table.clone();
        if (shape.sections().size() > 1) {
            r[LongColumn.SECTION.ordinal()] = section.title();
        }
        r[LongColumn.ROW_INDEX.ordinal()] = index;
        r[LongColumn.ROW_KIND.ordinal()] = row.kind().label();
        r[LongColumn.IS_TOTAL.ordinal()] = Boolean.toString(row.kind() == RowKind.TOTAL);
        r[LongColumn.ROW_ITEM.ordinal()] = row.item().map(TableShape::itemLabel).orElse("");
        r[LongColumn.ROW_CODE.ordinal()] = row.code().map(c -> c.digits()).orElse("");
        r[LongColumn.ROW_NAME.ordinal()] = Cells.text(row.name());
        r[LongColumn.PROJECT.ordinal()] = Cells.text(row.project());
        r[LongColumn.SUB_UNIT.ordinal()] = Cells.text(row.subUnit());
        if (row.amounts().isEmpty()) {
            r[LongColumn.RECORD.ordinal()] = ROW;
            w.writeRecord(r);
        }
        for (Map.Entry<Enum<?>, BigDecimal> amount : row.amounts().entrySet()) {
            String[] line = r.clone();
            line[LongColumn.RECORD.ordinal()] = AMOUNT;
            line[LongColumn.COLUMN.ordinal()] = TableShape.label(amount.getKey());
            line[LongColumn.AMOUNT.ordinal()] = Cells.decimal(amount.getValue());
            w.writeRecord(line);
        }
    }

    /**
     * Reads every disclosure of a long file, in the order of their ordinals.
     *
     * @param records the file's records, header first, read as they come
     * @param source the file for errors
     * @return the disclosures
     */
    public static List<BudgetDisclosure> read(Iterator<CsvRecord> records, String source) {
        if (!records.hasNext()) {
            throw ReadException.builder(source, "the file is empty").line(1)
                    .expected("a header row: " + String.join(",", headers())).build();
        }
        Map<LongColumn, List<String>> names = new LinkedHashMap<>();
        for (LongColumn c : LongColumn.values()) {
            names.put(c, List.of(c.header()));
        }
        Header<LongColumn> header = Header.match(records.next(), names, source, null);
        // Each line's cells are looked up by column many times: by position, not through the header's map.
        int[] indexes = new int[COLUMNS.length];
        for (LongColumn c : COLUMNS) {
            indexes[c.ordinal()] = header.index(c);
        }
        TreeMap<Integer, Group> groups = new TreeMap<>();
        while (records.hasNext()) {
            CsvRecord r = records.next();
            header.checkWidth(r, source, null);
            Line line = new Line(r, indexes, source);
            int ordinal = line.positive(LongColumn.DISCLOSURE);
            Group group = groups.computeIfAbsent(ordinal, n -> new Group(source));
            group.add(line);
        }
        List<BudgetDisclosure> result = new ArrayList<>();
        for (Group g : groups.values()) {
            result.add(g.build());
        }
        return result;
    }

    private static List<String> headers() {
        List<String> h = new ArrayList<>();
        for (LongColumn c : LongColumn.values()) {
            h.add(c.header());
        }
        return h;
    }

    /** One line of the file with its header. */
    private static final class Line {
        final CsvRecord record;
        final int[] indexes;
        final String source;
        final long number;

        Line(CsvRecord record, int[] indexes, String source) {
            this.record = record;
            this.indexes = indexes;
            this.source = source;
            this.number = record.getStartingLineNumber();
        }

        String get(LongColumn c) {
            return record.getField(indexes[c.ordinal()]);
        }

        /** The 1-based column of a cell. */
        int column(LongColumn c) {
            return indexes[c.ordinal()] + 1;
        }

        RowCells.Cell cell(LongColumn c) {
            return new RowCells.Cell(get(c), column(c), c.header());
        }

        ReadException error(LongColumn c, String table, String row, String problem, String expected) {
            ReadException.Builder b = ReadException.builder(source, problem).line(number).table(table).row(row)
                    .expected(expected);
            if (c != null) {
                b.column(column(c)).field(c.header());
            }
            return b.build();
        }

        int positive(LongColumn c) {
            String v = get(c);
            int value = positiveValue(v);
            if (value < 0) {
                throw error(c, null, null, "bad " + c.header() + " \"" + Cells.abbreviate(v) + "\"",
                        "a positive whole number");
            }
            return value;
        }

        void requireBlank(String table, String row, LongColumn... columns) {
            for (LongColumn c : columns) {
                if (!get(c).isEmpty()) {
                    throw error(c, table, row, "a " + get(LongColumn.RECORD) + " record has no " + c.header()
                            + ", but the cell holds \"" + Cells.abbreviate(get(c)) + "\"", "a blank cell");
                }
            }
        }
    }

    /**
     * Reads a positive whole number of at most nine digits without leading zero ({@code [1-9][0-9]{0,8}}), checked
     * and converted by hand: up to three cells of every line are such numbers.
     *
     * @param cell the cell
     * @return the number, or -1 when the cell is not one
     */
    static int positiveValue(String cell) {
        int length = cell.length();
        if (length < 1 || length > 9 || cell.charAt(0) < '1' || cell.charAt(0) > '9') {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char ch = cell.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    /** A row being collected from its lines. */
    private static final class RowParts {
        final Line first;
        final Map<Enum<?>, BigDecimal> amounts = new LinkedHashMap<>();
        final Map<Enum<?>, Long> amountLines = new LinkedHashMap<>();

        RowParts(Line first) {
            this.first = first;
        }
    }

    /** A table being collected. */
    private static final class TableParts {
        Line record;
        MoneyUnit unit;
        Optional<String> note = Optional.empty();
        final List<TreeMap<Integer, RowParts>> rows = new ArrayList<>();
        final List<RowParts> totals = new ArrayList<>();

        TableParts(int sections) {
            for (int i = 0; i < sections; i++) {
                rows.add(new TreeMap<>());
                totals.add(null);
            }
        }
    }

    private static final LongColumn[] ROW_DESCRIPTORS = {LongColumn.SECTION, LongColumn.ROW_INDEX,
        LongColumn.ROW_KIND, LongColumn.IS_TOTAL, LongColumn.ROW_ITEM, LongColumn.ROW_CODE, LongColumn.ROW_NAME,
        LongColumn.PROJECT, LongColumn.SUB_UNIT, LongColumn.UNIT};

    private static final LongColumn[] IDENTITY = {LongColumn.ENTITY, LongColumn.ENTITY_KIND, LongColumn.FISCAL_YEAR};

    // The cells each kind of line must leave blank, built once rather than as a varargs array for every line.
    private static final LongColumn[] NOT_TABLE = {LongColumn.TABLE_NUMBER, LongColumn.TABLE_NAME,
        LongColumn.COLUMN, LongColumn.AMOUNT};
    private static final LongColumn[] NOT_FIELD = {LongColumn.FIELD, LongColumn.VALUE};
    private static final LongColumn[] NOT_AMOUNT = {LongColumn.COLUMN, LongColumn.AMOUNT};
    private static final LongColumn[] NOT_SECTION = {LongColumn.SECTION};
    private static final LongColumn[] NOT_ROW_INDEX = {LongColumn.ROW_INDEX};

    // Tables by number and the units, so that a line does not copy TableKind.values() or MoneyUnit.values().
    private static final TableKind[] BY_NUMBER = byNumber();
    private static final MoneyUnit[] UNITS = MoneyUnit.values();

    private static TableKind[] byNumber() {
        TableKind[] kinds = new TableKind[TABLE_COUNT + 1];
        for (TableKind kind : TableKind.values()) {
            if (kind.number() > 0 && kind.number() <= TABLE_COUNT) {
                kinds[kind.number()] = kind;
            }
        }
        return kinds;
    }

    /** One disclosure being collected. */
    private static final class Group {
        final String source;
        Line identity;
        Line disclosureRecord;
        String entity;
        EntityKind kind;
        int year;
        final FieldSource fields;
        final Map<TableKind, TableParts> tables = new EnumMap<>(TableKind.class);

        Group(String source) {
            this.source = source;
            this.fields = new FieldSource(source);
        }

        void add(Line line) {
            String entityCell = line.get(LongColumn.ENTITY);
            String kindCell = line.get(LongColumn.ENTITY_KIND);
            String yearCell = line.get(LongColumn.FISCAL_YEAR);
            if (identity == null) {
                identity = line;
                entity = Cells.readText(entityCell).orElse("");
                kind = entityKind(line, kindCell);
                year = line.positive(LongColumn.FISCAL_YEAR);
            } else {
                for (LongColumn c : IDENTITY) {
                    String before = identity.get(c);
                    if (!before.equals(line.get(c)) && !(c == LongColumn.ENTITY_KIND
                            && entityKind(line, line.get(c)) == kind)) {
                        throw line.error(c, null, null, "disclosure " + line.get(LongColumn.DISCLOSURE) + " has "
                                + c.header() + " \"" + Cells.abbreviate(before) + "\" on line " + identity.number
                                + " but \"" + Cells.abbreviate(line.get(c)) + "\" here",
                                "the same entity, entity_kind and fiscal_year on every line of a disclosure");
                    }
                }
            }
            String record = line.get(LongColumn.RECORD);
            switch (record) {
                case DISCLOSURE -> {
                    if (disclosureRecord != null) {
                        throw line.error(LongColumn.RECORD, null, null, "a second disclosure record for disclosure "
                                + line.get(LongColumn.DISCLOSURE) + " (the first is on line "
                                + disclosureRecord.number + ")", "one disclosure record per disclosure");
                    }
                    disclosureRecord = line;
                    line.requireBlank(null, null, LongColumn.TABLE_NUMBER, LongColumn.TABLE_NAME,
                            LongColumn.COLUMN, LongColumn.AMOUNT, LongColumn.FIELD, LongColumn.VALUE);
                    line.requireBlank(null, null, ROW_DESCRIPTORS);
                }
                case FIELD -> {
                    line.requireBlank(null, null, NOT_TABLE);
                    line.requireBlank(null, null, ROW_DESCRIPTORS);
                    fields.add(new FieldSource.Located(line.get(LongColumn.FIELD), line.get(LongColumn.VALUE),
                            line.number, line.column(LongColumn.VALUE)));
                }
                case TABLE -> addTable(line);
                case ROW, AMOUNT -> addRow(line, record.equals(AMOUNT));
                default -> throw line.error(LongColumn.RECORD, null, null, "unknown record \""
                        + Cells.abbreviate(record) + "\"", "disclosure, table, row, amount or field");
            }
        }

        private EntityKind entityKind(Line line, String cell) {
            for (EntityKind k : EntityKind.values()) {
                if (k.label().equals(cell) || k.name().equals(cell) || k.englishLabel().equals(cell)) {
                    return k;
                }
            }
            throw line.error(LongColumn.ENTITY_KIND, null, null, "unknown entity kind \"" + Cells.abbreviate(cell)
                    + "\"", "部门 or 单位");
        }

        private TableKind tableKind(Line line) {
            int number = line.positive(LongColumn.TABLE_NUMBER);
            if (number > TABLE_COUNT) {
                throw line.error(LongColumn.TABLE_NUMBER, null, null, "unknown table " + number,
                        "a table number from 1 to 11");
            }
            TableKind kind = BY_NUMBER[number] != null ? BY_NUMBER[number] : TableKind.ofNumber(number);
            String name = line.get(LongColumn.TABLE_NAME);
            if (!name.isEmpty() && !name.equals(kind.label()) && !name.equals(kind.englishName())) {
                throw line.error(LongColumn.TABLE_NAME, TableShape.displayName(kind), null, "table " + number
                        + " is named \"" + Cells.abbreviate(name) + "\"", "blank or " + kind.label());
            }
            return kind;
        }

        private MoneyUnit unit(Line line, String table) {
            String cell = line.get(LongColumn.UNIT);
            for (MoneyUnit u : UNITS) {
                if (u.label().equals(cell) || u.name().equals(cell)) {
                    return u;
                }
            }
            throw line.error(LongColumn.UNIT, table, null, "unknown unit \"" + Cells.abbreviate(cell) + "\"",
                    "元 or 万元");
        }

        private TableParts parts(TableKind kind) {
            return tables.computeIfAbsent(kind, k -> new TableParts(TableShape.of(k).sections().size()));
        }

        private void addTable(Line line) {
            TableKind kind = tableKind(line);
            String table = TableShape.of(kind).displayName();
            line.requireBlank(table, null, LongColumn.SECTION, LongColumn.ROW_INDEX, LongColumn.ROW_KIND,
                    LongColumn.IS_TOTAL, LongColumn.ROW_ITEM, LongColumn.ROW_CODE, LongColumn.ROW_NAME,
                    LongColumn.PROJECT, LongColumn.SUB_UNIT, LongColumn.COLUMN, LongColumn.AMOUNT, LongColumn.FIELD);
            TableParts parts = parts(kind);
            if (parts.record != null) {
                throw line.error(LongColumn.RECORD, table, null, "a second table record for " + table
                        + " (the first is on line " + parts.record.number + ")", "one table record per table");
            }
            parts.record = line;
            parts.unit = unit(line, table);
            parts.note = Cells.readText(line.get(LongColumn.VALUE));
        }

        private void addRow(Line line, boolean amount) {
            TableKind kind = tableKind(line);
            TableShape shape = TableShape.of(kind);
            String table = shape.displayName();
            line.requireBlank(table, null, NOT_FIELD);
            if (!amount) {
                line.requireBlank(table, null, NOT_AMOUNT);
            }
            int sectionIndex = 0;
            String sectionCell = line.get(LongColumn.SECTION);
            if (shape.sections().size() > 1) {
                sectionIndex = -1;
                for (int i = 0; i < shape.sections().size(); i++) {
                    Section s = shape.sections().get(i);
                    if (s.title().equals(sectionCell) || s.englishTitle().equals(sectionCell)) {
                        sectionIndex = i;
                    }
                }
                if (sectionIndex < 0) {
                    throw line.error(LongColumn.SECTION, table, null, "unknown section \""
                            + Cells.abbreviate(sectionCell) + "\"", shape.sections().get(0).title() + " or "
                            + shape.sections().get(1).title());
                }
            } else {
                line.requireBlank(table, null, NOT_SECTION);
            }
            TableParts parts = parts(kind);
            String totalCell = line.get(LongColumn.IS_TOTAL);
            boolean total = switch (totalCell) {
                case "true" -> true;
                case "false" -> false;
                default -> throw line.error(LongColumn.IS_TOTAL, table, null, "bad is_total \""
                        + Cells.abbreviate(totalCell) + "\"", "true or false");
            };
            RowParts row;
            if (total) {
                line.requireBlank(table, null, NOT_ROW_INDEX);
                row = parts.totals.get(sectionIndex);
                if (row == null) {
                    row = new RowParts(line);
                    parts.totals.set(sectionIndex, row);
                }
            } else {
                int index = line.positive(LongColumn.ROW_INDEX);
                row = parts.rows.get(sectionIndex).computeIfAbsent(index, i -> new RowParts(line));
            }
            for (LongColumn c : ROW_DESCRIPTORS) {
                if (!row.first.get(c).equals(line.get(c))) {
                    throw line.error(c, table, row.first.get(LongColumn.ROW_NAME), "the row's " + c.header()
                            + " is \"" + Cells.abbreviate(line.get(c)) + "\" here but \""
                            + Cells.abbreviate(row.first.get(c)) + "\" on line " + row.first.number,
                            "the same row description on every line of a row");
                }
            }
            if (amount) {
                Section section = shape.sections().get(sectionIndex);
                String columnCell = line.get(LongColumn.COLUMN);
                String rowName = row.first.get(LongColumn.ROW_NAME);
                Enum<?> column = section.column(columnCell).orElseThrow(() -> line.error(LongColumn.COLUMN, table,
                        rowName, "unknown column \"" + Cells.abbreviate(columnCell) + "\" for " + section.title(),
                        "one of " + String.join(", ", section.columnConstants().stream().map(TableShape::label)
                                .toList())));
                Long before = row.amountLines.get(column);
                if (before != null) {
                    throw line.error(LongColumn.COLUMN, table, rowName, "a second amount for column "
                            + TableShape.label(column) + " (the first is on line " + before + ")",
                            "one amount per row and column");
                }
                if (line.get(LongColumn.AMOUNT).isEmpty()) {
                    throw line.error(LongColumn.AMOUNT, table, rowName, "an amount record without an amount",
                            Cells.DECIMAL_FORM + " (a blank cell is written as no amount record)");
                }
                RowCells.Where where = new RowCells.Where(source, line.number, table);
                row.amounts.put(column, RowCells.amount(line.cell(LongColumn.AMOUNT), rowName, where));
                row.amountLines.put(column, line.number);
            }
        }

        BudgetDisclosure build() {
            ImmutableBudgetDisclosure.Builder b = BudgetDisclosure.builder()
                    .entityName(entity).entityKind(kind).fiscalYear(year);
            for (Map.Entry<TableKind, TableParts> e : tables.entrySet()) {
                TableKind tableKind = e.getKey();
                TableShape shape = TableShape.of(tableKind);
                String table = shape.displayName();
                TableParts parts = e.getValue();
                if (parts.record == null) {
                    Line any = parts.totals.stream().filter(Objects::nonNull).findFirst().map(r -> r.first)
                            .orElseGet(() -> parts.rows.stream().filter(m -> !m.isEmpty()).findFirst()
                                    .map(m -> m.firstEntry().getValue().first).orElseThrow());
                    throw any.error(LongColumn.RECORD, table, null, "rows of " + table + " without a table record"
                            + " for it in disclosure " + any.get(LongColumn.DISCLOSURE),
                            "a line with record=table, table_number=" + tableKind.number() + " and its unit");
                }
                List<TableData.SectionData> sections = new ArrayList<>();
                for (int s = 0; s < shape.sections().size(); s++) {
                    Section section = shape.sections().get(s);
                    List<RowData> rows = new ArrayList<>();
                    int expected = 1;
                    for (Map.Entry<Integer, RowParts> entry : parts.rows.get(s).entrySet()) {
                        if (entry.getKey() != expected) {
                            throw entry.getValue().first.error(LongColumn.ROW_INDEX, table, null, "row "
                                    + entry.getKey() + " of " + section.title() + " without row " + expected,
                                    "rows numbered 1, 2, 3 … without gaps");
                        }
                        expected++;
                        rows.add(row(entry.getValue(), section, table, parts.unit));
                    }
                    RowParts totals = parts.totals.get(s);
                    sections.add(new TableData.SectionData(rows, Optional.ofNullable(totals)
                            .map(t -> row(t, section, table, parts.unit))));
                }
                TableModel.put(new TableData(tableKind, parts.unit, parts.note, sections),
                        (row, ex) -> ReadException.builder(source, "the row is not valid: " + ex.getMessage())
                                .line(row.line()).table(table).row(TableModel.describe(row))
                                .expected("a row the model accepts").cause(ex).build(), b);
            }
            DisclosureFields.read(fields, b);
            fields.finish();
            try {
                return b.build();
            } catch (IllegalArgumentException | IllegalStateException ex) {
                throw identity.error(LongColumn.FISCAL_YEAR, null, null, "the disclosure is not valid: "
                        + ex.getMessage(), "a positive fiscal_year");
            }
        }

        private RowData row(RowParts parts, Section section, String table, MoneyUnit unit) {
            Line line = parts.first;
            if (unit(line, table) != unit) {
                throw line.error(LongColumn.UNIT, table, line.get(LongColumn.ROW_NAME), "the row's unit is "
                        + line.get(LongColumn.UNIT) + " but the table's is " + unit.label(),
                        "the unit of the table record");
            }
            Map<Descriptor, RowCells.Cell> cells = new EnumMap<>(Descriptor.class);
            cells.put(Descriptor.ROW_KIND, line.cell(LongColumn.ROW_KIND));
            cells.put(Descriptor.ITEM, line.cell(LongColumn.ROW_ITEM));
            cells.put(section.codeSystem() == org.yusuan.codes.CodeSystem.ECONOMIC ? Descriptor.ECONOMIC_CODE
                    : Descriptor.FUNCTIONAL_CODE, line.cell(LongColumn.ROW_CODE));
            cells.put(Descriptor.NAME, line.cell(LongColumn.ROW_NAME));
            cells.put(Descriptor.PROJECT_NAME, line.cell(LongColumn.PROJECT));
            cells.put(Descriptor.SUB_UNIT, line.cell(LongColumn.SUB_UNIT));
            RowCells.Where where = new RowCells.Where(source, line.number, table);
            RowData row = RowCells.read(section, cells, parts.amounts, where);
            boolean total = line.get(LongColumn.IS_TOTAL).equals("true");
            if (total != (row.kind() == RowKind.TOTAL)) {
                throw line.error(LongColumn.ROW_KIND, table, line.get(LongColumn.ROW_NAME), "row_kind "
                        + line.get(LongColumn.ROW_KIND) + " but is_total " + total,
                        total ? RowKind.TOTAL.label() + " with is_total true" : "a body row kind with is_total false");
            }
            return row;
        }
    }
}
