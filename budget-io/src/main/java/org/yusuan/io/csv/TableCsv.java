package org.yusuan.io.csv;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.yusuan.io.ReadException;
import org.yusuan.io.csv.internal.TableFiles;
import org.yusuan.model.BudgetDisclosure;

/**
 * The per-table CSV shape (分表 CSV) of a budget disclosure: a folder or zip holding {@code disclosure.csv} (format
 * version, identity, the unit and 为空表 note of each table, and every part that is not a table, as key/value rows)
 * and one file per table the disclosure has ({@code t01-revenue-expenditure-summary.csv} …
 * {@code t11-carryover-detail.csv}) with the template's Chinese column labels. The layout is documented in
 * {@code docs/csv-format.md}; writing and reading back gives an equal disclosure.
 *
 * <p>Immutable and thread-safe; configure once with the {@code with*} copies. Defaults ({@link #standard()}):
 * Chinese headers, UTF-8 without byte-order mark on write, charset detected on read (UTF-8 with or without BOM, else
 * GB18030/GBK). Text cells are written formula-injection safe: a text starting with {@code = + - @}, tab, carriage
 * return or {@code '} gets one leading {@code '}, which reading removes.
 */
public final class TableCsv {

    /** The largest file accepted inside a zip, against zip bombs: 64 MiB. */
    public static final long MAX_ZIP_ENTRY_BYTES = 64L * 1024 * 1024;

    private static final TableCsv STANDARD = new TableCsv(false, false, Optional.empty());

    private final boolean englishHeaders;
    private final boolean bom;
    private final Optional<Charset> charset;

    private TableCsv(boolean englishHeaders, boolean bom, Optional<Charset> charset) {
        this.englishHeaders = englishHeaders;
        this.bom = bom;
        this.charset = charset;
    }

    /**
     * The default configuration: Chinese headers, UTF-8 without BOM on write, charset detection on read.
     *
     * @return the standard instance, never null
     */
    public static TableCsv standard() {
        return STANDARD;
    }

    /**
     * A copy that writes English column headers ({@code AmountColumn.englishLabel()}) and English section, row-kind
     * and item values. Reading accepts either language whatever this setting.
     *
     * @return a new instance, never null
     */
    public TableCsv withEnglishHeaders() {
        return new TableCsv(true, bom, charset);
    }

    /**
     * A copy that starts every written file with a UTF-8 byte-order mark, so that Excel opens it as UTF-8.
     *
     * @return a new instance, never null
     */
    public TableCsv withBom() {
        return new TableCsv(englishHeaders, true, charset);
    }

    /**
     * A copy that reads files in the given charset instead of detecting it (for example {@code GBK} or
     * {@code GB18030} for files saved by Chinese Excel). Bytes that are not valid in it are an error, never replaced.
     * Writing is always UTF-8.
     *
     * @param charset the charset to read with, not null
     * @return a new instance, never null
     * @throws NullPointerException if charset is null
     */
    public TableCsv withCharset(Charset charset) {
        Objects.requireNonNull(charset, "charset must not be null");
        return new TableCsv(englishHeaders, bom, Optional.of(charset));
    }

    /**
     * Writes a disclosure into a folder, creating it if needed and replacing files of the same names; a table file
     * left there by an earlier write of a disclosure that had that table is deleted, so that the folder reads back
     * as this disclosure. Other files are left alone.
     *
     * @param disclosure the disclosure, not null
     * @param dir the folder, not null
     * @throws IOException if writing fails
     * @throws NullPointerException if an argument is null
     */
    public void writeFolder(BudgetDisclosure disclosure, Path dir) throws IOException {
        Objects.requireNonNull(disclosure, "disclosure must not be null");
        Objects.requireNonNull(dir, "dir must not be null");
        Files.createDirectories(dir);
        Map<String, byte[]> files = TableFiles.write(disclosure, englishHeaders, bom);
        for (String stale : TableFiles.tableFileNames()) {
            if (!files.containsKey(stale)) {
                Files.deleteIfExists(dir.resolve(stale));
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
    }

    /**
     * Reads a disclosure from a folder written by {@link #writeFolder}: {@code disclosure.csv} and the table files.
     * Files not ending in {@code .csv} and hidden files are ignored; any other CSV file is an error.
     *
     * @param dir the folder, not null
     * @return the disclosure, never null
     * @throws ReadException if the folder or a file is not valid, naming the file, line, column and what was
     *     expected
     * @throws IOException if reading fails
     * @throws NullPointerException if dir is null
     */
    public BudgetDisclosure readFolder(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir must not be null");
        if (!Files.isDirectory(dir)) {
            throw ReadException.builder(dir.toString(), "not a folder")
                    .expected("a folder with disclosure.csv and table files").build();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : (Iterable<Path>) list.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (isCsv(name) && Files.isRegularFile(file)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return TableFiles.read(files, charset, dir.toString());
    }

    /**
     * Writes a disclosure as a zip of the same files as {@link #writeFolder}, at the zip's root.
     *
     * @param disclosure the disclosure, not null
     * @param zip the zip file, replaced if it exists, not null
     * @throws IOException if writing fails
     * @throws NullPointerException if an argument is null
     */
    public void writeZip(BudgetDisclosure disclosure, Path zip) throws IOException {
        Objects.requireNonNull(disclosure, "disclosure must not be null");
        Objects.requireNonNull(zip, "zip must not be null");
        Map<String, byte[]> files = TableFiles.write(disclosure, englishHeaders, bom);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                z.putNextEntry(new ZipEntry(file.getKey()));
                z.write(file.getValue());
                z.closeEntry();
            }
        }
    }

    /**
     * Reads a disclosure from a zip written by {@link #writeZip}. Entries must sit at the zip's root; entries not
     * ending in {@code .csv} are ignored; an entry larger than {@link #MAX_ZIP_ENTRY_BYTES}, a repeated entry or a
     * CSV entry in a sub-folder is an error.
     *
     * @param zip the zip file, not null
     * @return the disclosure, never null
     * @throws ReadException if the zip or a file in it is not valid, naming the entry, line, column and what was
     *     expected
     * @throws IOException if reading fails
     * @throws NullPointerException if zip is null
     */
    public BudgetDisclosure readZip(Path zip) throws IOException {
        Objects.requireNonNull(zip, "zip must not be null");
        String source = zip.toString();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry entry = z.getNextEntry(); entry != null; entry = z.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || !isCsv(name)) {
                    continue;
                }
                if (name.contains("/") || name.contains("\\")) {
                    throw ReadException.builder(source + "!" + name, "a CSV entry in a sub-folder of the zip")
                            .expected("disclosure.csv and the table files at the zip's root").build();
                }
                if (files.containsKey(name)) {
                    throw ReadException.builder(source + "!" + name, "the zip holds this entry twice")
                            .expected("each file once").build();
                }
                files.put(name, readLimited(z, source + "!" + name));
            }
        } catch (java.util.zip.ZipException e) {
            throw ReadException.builder(source, "not a readable zip: " + e.getMessage())
                    .expected("a zip file written by TableCsv.writeZip").cause(e).build();
        }
        return TableFiles.read(files, charset, source + "!");
    }

    private static byte[] readLimited(InputStream in, String source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_ZIP_ENTRY_BYTES) {
                throw ReadException.builder(source, "the entry is larger than " + MAX_ZIP_ENTRY_BYTES + " bytes")
                        .expected("a CSV file of at most " + MAX_ZIP_ENTRY_BYTES + " bytes").build();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean isCsv(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return !last.startsWith(".") && last.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public String toString() {
        return "TableCsv[englishHeaders=" + englishHeaders + ", bom=" + bom + ", charset="
                + charset.map(Charset::name).orElse("detect") + "]";
    }
}
