package org.yusuan.io.csv.internal;

import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.io.ReadException;
import org.yusuan.io.csv.internal.TableShape.Descriptor;
import org.yusuan.io.csv.internal.TableShape.Section;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.EntityKind;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.TableKind;

/**
 * The per-table shape: a disclosure as {@code disclosure.csv} (key/value metadata and the parts that are not tables)
 * and one file per table, as a map from file name to bytes, for a folder or a zip.
 */
public final class TableFiles {

    /** The metadata file's name. */
    public static final String METADATA = "disclosure.csv";

    /** The format name and version written into the metadata. */
    public static final String FORMAT = "yusuan-csv-tables/1";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableFiles() {
    }

    /**
     * The file names of all eleven tables, in template order.
     *
     * @return the names
     */
    public static List<String> tableFileNames() {
        List<String> names = new ArrayList<>();
        for (TableKind kind : TableKind.values()) {
            names.add(TableShape.of(kind).fileName());
        }
        return names;
    }

    /**
     * Writes a disclosure.
     *
     * @param d the disclosure
     * @param english whether headers and row values are in English
     * @param bom whether each file starts with a UTF-8 byte-order mark
     * @return file name to content, metadata first, then tables in template order
     */
    public static Map<String, byte[]> write(BudgetDisclosure d, boolean english, boolean bom) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        FieldSink fields = new FieldSink();
        fields.text("format", FORMAT);
        fields.text("entity_name", d.getEntityName());
        fields.constant("entity_kind", d.getEntityKind());
        fields.integer("fiscal_year", d.getFiscalYear());
        List<TableData> tables = TableModel.tables(d);
        for (TableData t : tables) {
            fields.constant("table." + t.kind().number() + ".unit", t.unit());
            fields.text("table." + t.kind().number() + ".empty_note", t.emptyNote());
        }
        DisclosureFields.write(d, fields);
        files.put(METADATA, csv(bom, w -> {
            w.writeRecord("key", "value");
            for (FieldSink.Entry e : fields.entries()) {
                w.writeRecord(e.key(), e.cell());
            }
        }));
        for (TableData t : tables) {
            TableShape shape = TableShape.of(t.kind());
            files.put(shape.fileName(), csv(bom, w -> writeTable(w, shape, t, english)));
        }
        return files;
    }

    private interface Body {
        void write(CsvWriter w) throws IOException;
    }

    private static byte[] csv(boolean bom, Body body) {
        StringWriter text = new StringWriter();
        try (CsvWriter w = CsvText.writer(text)) {
            body.write(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return content;
        }
        byte[] withBom = new byte[content.length + 3];
        System.arraycopy(BOM, 0, withBom, 0, 3);
        System.arraycopy(content, 0, withBom, 3, content.length);
        return withBom;
    }

    private static void writeTable(CsvWriter w, TableShape shape, TableData t, boolean english) {
        List<String> header = new ArrayList<>();
        for (Descriptor d : shape.descriptors()) {
            header.add(english ? d.englishLabel() : d.label());
        }
        shape.amountColumns().forEach((zh, en) -> header.add(english ? en : zh));
        w.writeRecord(header);
        for (int i = 0; i < t.sections().size(); i++) {
            Section section = shape.sections().get(i);
            TableData.SectionData data = t.sections().get(i);
            for (RowData row : data.rows()) {
                w.writeRecord(cells(shape, section, row, english));
            }
            data.totals().ifPresent(row -> w.writeRecord(cells(shape, section, row, english)));
        }
    }

    private static List<String> cells(TableShape shape, Section section, RowData row, boolean english) {
        List<String> cells = new ArrayList<>();
        for (Descriptor d : shape.descriptors()) {
            cells.add(switch (d) {
                case SECTION -> english ? section.englishTitle() : section.title();
                case ROW_KIND -> english ? row.kind().englishLabel() : row.kind().label();
                case ITEM -> row.item().map(i -> english ? TableShape.itemEnglishLabel(i) : TableShape.itemLabel(i))
                        .orElse("");
                case FUNCTIONAL_CODE, ECONOMIC_CODE -> row.code().map(c -> c.digits()).orElse("");
                case NAME -> Cells.text(row.name());
                case PROJECT_NAME -> Cells.text(row.project());
                case SUB_UNIT -> Cells.text(row.subUnit());
            });
        }
        Map<String, BigDecimal> byLabel = new LinkedHashMap<>();
        row.amounts().forEach((c, a) -> byLabel.put(TableShape.label(c), a));
        for (String label : shape.amountColumns().keySet()) {
            BigDecimal amount = byLabel.get(label);
            cells.add(amount == null ? "" : Cells.decimal(amount));
        }
        return cells;
    }

    /**
     * Reads a disclosure.
     *
     * @param files file name to content (names without folders)
     * @param charset the charset, or empty to detect
     * @param container the folder or zip, prefixed to file names in errors
     * @return the disclosure
     * @throws ReadException on any problem, naming the file
     */
    public static BudgetDisclosure read(Map<String, byte[]> files, Optional<Charset> charset, String container) {
        Map<String, TableKind> tableFiles = new LinkedHashMap<>();
        for (TableKind kind : TableKind.values()) {
            tableFiles.put(TableShape.of(kind).fileName(), kind);
        }
        for (String name : files.keySet()) {
            if (!name.equals(METADATA) && !tableFiles.containsKey(name)) {
                throw ReadException.builder(container + "/" + name, "unexpected CSV file in a per-table disclosure")
                        .expected(METADATA + " and table files named " + String.join(", ", tableFiles.keySet()))
                        .build();
            }
        }
        byte[] metadata = files.get(METADATA);
        String metaSource = container + "/" + METADATA;
        if (metadata == null) {
            throw ReadException.builder(container, "no " + METADATA)
                    .expected("a " + METADATA + " with the disclosure's metadata next to the table files").build();
        }
        FieldSource fields = keyValues(TextDecoding.decode(metadata, charset, metaSource), metaSource);
        String format = fields.text("format");
        if (!format.equals(FORMAT)) {
            throw ReadException.builder(metaSource, "unsupported format \"" + Cells.abbreviate(format) + "\"")
                    .field("format").expected(FORMAT).build();
        }
        ImmutableBudgetDisclosure.Builder b = BudgetDisclosure.builder()
                .entityName(fields.text("entity_name"))
                .entityKind(fields.constant("entity_kind", EntityKind.class))
                .fiscalYear(fields.integer("fiscal_year"));
        Map<TableKind, TableData> tables = new EnumMap<>(TableKind.class);
        for (TableKind kind : TableKind.values()) {
            String key = "table." + kind.number() + ".unit";
            Optional<MoneyUnit> unit = fields.optConstant(key, MoneyUnit.class);
            Optional<String> note = fields.optText("table." + kind.number() + ".empty_note");
            String fileName = TableShape.of(kind).fileName();
            byte[] content = files.get(fileName);
            if (unit.isEmpty() && note.isEmpty() && content == null) {
                continue;
            }
            if (unit.isEmpty()) {
                throw ReadException.builder(metaSource, "the disclosure has " + TableShape.displayName(kind)
                        + (content != null ? " (file " + fileName + ")" : "") + " but no unit for it")
                        .field(key).expected("a field " + key + " with value YUAN or TEN_THOUSAND_YUAN").build();
            }
            if (content == null) {
                throw ReadException.builder(container, "no file " + fileName + " for "
                        + TableShape.displayName(kind) + ", which " + METADATA + " lists")
                        .expected("a file " + fileName).build();
            }
            String source = container + "/" + fileName;
            tables.put(kind, readTable(TableShape.of(kind), unit.get(), note,
                    TextDecoding.decode(content, charset, source), source));
        }
        DisclosureFields.read(fields, b);
        fields.finish();
        for (TableData t : tables.values()) {
            String source = container + "/" + TableShape.of(t.kind()).fileName();
            TableModel.put(t, (row, e) -> ReadException.builder(source, "the row is not valid: " + e.getMessage())
                    .line(row.line()).table(TableShape.displayName(t.kind())).row(TableModel.describe(row))
                    .expected("a row the model accepts").cause(e).build(), b);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw ReadException.builder(metaSource, "the disclosure is not valid: " + e.getMessage())
                    .expected("entity_name, entity_kind and a positive fiscal_year").cause(e).build();
        }
    }

    /**
     * Reads a key/value file.
     *
     * @param text the decoded text
     * @param source the file
     * @return the fields
     */
    static FieldSource keyValues(String text, String source) {
        List<CsvRecord> records = CsvText.read(text, source);
        if (records.isEmpty()) {
            throw ReadException.builder(source, "the file is empty").line(1).expected("a header key,value").build();
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("key", List.of("key"));
        names.put("value", List.of("value"));
        Header<String> header = Header.match(records.get(0), names, source, null);
        FieldSource fields = new FieldSource(source);
        for (CsvRecord r : records.subList(1, records.size())) {
            header.checkWidth(r, source, null);
            fields.add(new FieldSource.Located(header.cell(r, "key"), header.cell(r, "value"),
                    r.getStartingLineNumber(), header.index("value") + 1));
        }
        return fields;
    }

    private static TableData readTable(TableShape shape, MoneyUnit unit, Optional<String> note, String text,
            String source) {
        String table = shape.displayName();
        List<CsvRecord> records = CsvText.read(text, source);
        if (records.isEmpty()) {
            throw ReadException.builder(source, "the file is empty").line(1).table(table)
                    .expected("a header row").build();
        }
        Map<Object, List<String>> names = new LinkedHashMap<>();
        for (Descriptor d : shape.descriptors()) {
            names.put(d, List.of(d.label(), d.englishLabel()));
        }
        shape.amountColumns().forEach((zh, en) -> names.put(zh, List.of(zh, en)));
        Header<Object> header = Header.match(records.get(0), names, source, table);
        List<String> headerNames = records.get(0).getFields();
        List<List<RowData>> rows = new ArrayList<>();
        List<Optional<RowData>> totals = new ArrayList<>();
        for (int i = 0; i < shape.sections().size(); i++) {
            rows.add(new ArrayList<>());
            totals.add(Optional.empty());
        }
        for (CsvRecord r : records.subList(1, records.size())) {
            header.checkWidth(r, source, table);
            RowCells.Where where = new RowCells.Where(source, r.getStartingLineNumber(), table);
            int sectionIndex = 0;
            if (shape.sections().size() > 1) {
                String cell = header.cell(r, Descriptor.SECTION);
                sectionIndex = -1;
                for (int i = 0; i < shape.sections().size(); i++) {
                    Section s = shape.sections().get(i);
                    if (s.title().equals(cell) || s.englishTitle().equals(cell)) {
                        sectionIndex = i;
                    }
                }
                if (sectionIndex < 0) {
                    int column = header.index(Descriptor.SECTION) + 1;
                    throw where.error(new RowCells.Cell(cell, column, headerNames.get(column - 1)), null,
                            "unknown section \"" + Cells.abbreviate(cell) + "\"",
                            shape.sections().get(0).title() + " or " + shape.sections().get(1).title());
                }
            }
            Section section = shape.sections().get(sectionIndex);
            Map<Descriptor, RowCells.Cell> cells = new EnumMap<>(Descriptor.class);
            for (Descriptor d : shape.descriptors()) {
                int column = header.index(d);
                cells.put(d, new RowCells.Cell(r.getField(column), column + 1, headerNames.get(column)));
            }
            String rowName = Cells.readText(cells.get(Descriptor.NAME).value()).map(Cells::abbreviate).orElse(null);
            Map<Enum<?>, BigDecimal> amounts = new LinkedHashMap<>();
            for (String label : shape.amountColumns().keySet()) {
                int column = header.index(label);
                String value = r.getField(column);
                if (value.isEmpty()) {
                    continue;
                }
                RowCells.Cell cell = new RowCells.Cell(value, column + 1, headerNames.get(column));
                Optional<Enum<?>> constant = section.column(label);
                if (constant.isEmpty()) {
                    throw where.error(cell, rowName, "the section " + section.title() + " has no column " + label
                            + ", but the cell holds \"" + Cells.abbreviate(value) + "\"", "a blank cell");
                }
                amounts.put(constant.get(), RowCells.amount(cell, rowName, where));
            }
            RowData row = RowCells.read(section, cells, amounts, where);
            if (row.kind() == RowKind.TOTAL) {
                if (totals.get(sectionIndex).isPresent()) {
                    throw where.error(cells.get(Descriptor.ROW_KIND), rowName, "a second totals row in "
                            + section.title() + " (the first is on line " + totals.get(sectionIndex).get().line()
                            + ")", "at most one " + RowKind.TOTAL.label() + " row per section");
                }
                totals.set(sectionIndex, Optional.of(row));
            } else {
                rows.get(sectionIndex).add(row);
            }
        }
        List<TableData.SectionData> sections = new ArrayList<>();
        for (int i = 0; i < shape.sections().size(); i++) {
            sections.add(new TableData.SectionData(rows.get(i), totals.get(i)));
        }
        return new TableData(shape.kind(), unit, note, sections);
    }
}
