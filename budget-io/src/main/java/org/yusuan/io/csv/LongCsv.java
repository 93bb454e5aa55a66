package org.yusuan.io.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.io.csv.internal.CsvText;
import org.yusuan.io.csv.internal.LongRows;
import org.yusuan.io.csv.internal.TextDecoding;
import org.yusuan.model.BudgetDisclosure;

/**
 * The long ("tidy") CSV shape (长表 CSV) for data teams: one line per printed amount, with the disclosure, table,
 * section, row and column it belongs to, many disclosures in one file, ready for pandas, R or SQL. A few extra
 * lines (told apart by the {@code record} column) keep what amounts alone cannot: each disclosure, each table with
 * its unit and 为空表 note, rows without printed amounts, and the parts that are not tables as key/value fields; so
 * reading a file back gives disclosures equal to those written. The columns are documented in {@code docs/csv-format.md}.
 *
 * <p>Immutable and thread-safe; configure once with the {@code with*} copies. Defaults ({@link #standard()}):
 * UTF-8 without byte-order mark on write, charset detected on read (UTF-8 with or without BOM, else GB18030/GBK).
 * Text cells are written formula-injection safe: a text starting with {@code = + - @}, tab, carriage return or
 * {@code '} gets one leading {@code '}, which reading removes; amounts are never prefixed.
 */
public final class LongCsv {

    private static final LongCsv STANDARD = new LongCsv(false, Optional.empty());

    private final boolean bom;
    private final Optional<Charset> charset;

    private LongCsv(boolean bom, Optional<Charset> charset) {
        this.bom = bom;
        this.charset = charset;
    }

    /**
     * The default configuration: UTF-8 without BOM on write, charset detection on read.
     *
     * @return the standard instance, never null
     */
    public static LongCsv standard() {
        return STANDARD;
    }

    /**
     * A copy that starts the written file with a UTF-8 byte-order mark, so that Excel opens it as UTF-8.
     *
     * @return a new instance, never null
     */
    public LongCsv withBom() {
        return new LongCsv(true, charset);
    }

    /**
     * A copy that reads in the given charset instead of detecting it (for example {@code GBK}); bytes that are not
     * valid in it are an error, never replaced. Writing is always UTF-8.
     *
     * @param charset the charset to read with, not null
     * @return a new instance, never null
     * @throws NullPointerException if charset is null
     */
    public LongCsv withCharset(Charset charset) {
        return new LongCsv(bom, Optional.of(Objects.requireNonNull(charset, "charset must not be null")));
    }

    /**
     * Writes disclosures into a file, replacing it; each disclosure is numbered by its position (from 1).
     *
     * @param disclosures the disclosures, not null, no null element
     * @param file the file, not null
     * @throws IOException if writing fails
     * @throws NullPointerException if an argument or element is null
     */
    public void write(Iterable<BudgetDisclosure> disclosures, Path file) throws IOException {
        Objects.requireNonNull(disclosures, "disclosures must not be null");
        Objects.requireNonNull(file, "file must not be null");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(disclosures, out);
        }
    }

    /**
     * Writes disclosures to a stream, one at a time (they need not all be in memory); the stream is flushed, not
     * closed.
     *
     * @param disclosures the disclosures, not null, no null element
     * @param out the stream, not null
     * @throws IOException if writing fails
     * @throws NullPointerException if an argument or element is null
     */
    public void write(Iterable<BudgetDisclosure> disclosures, OutputStream out) throws IOException {
        Objects.requireNonNull(disclosures, "disclosures must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Writer writer = new BufferedWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8));
        if (bom) {
            writer.write('\uFEFF');
        }
        try (CsvWriter csv = CsvText.writer(writer)) {
            LongRows.writeHeader(csv);
            int ordinal = 1;
            for (BudgetDisclosure d : disclosures) {
                LongRows.write(csv, ordinal++, Objects.requireNonNull(d, "disclosure must not be null"));
            }
        }
        out.flush();
    }

    /**
     * Reads every disclosure of a file.
     *
     * @param file the file, not null
     * @return the disclosures in the order of their numbers; immutable, never null
     * @throws org.yusuan.io.ReadException if the file is not valid, naming the line, column, table, row and what was
     *     expected
     * @throws IOException if reading fails
     * @throws NullPointerException if file is null
     */
    public List<BudgetDisclosure> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        return parse(Files.readAllBytes(file), file.toString());
    }

    /**
     * Reads every disclosure of a stream, which is read to its end but not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in errors, not null
     * @return the disclosures in the order of their numbers; immutable, never null
     * @throws org.yusuan.io.ReadException if the input is not valid, naming the line, column, table, row and what
     *     was expected
     * @throws IOException if reading fails
     * @throws NullPointerException if an argument is null
     */
    public List<BudgetDisclosure> read(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        return parse(in.readAllBytes(), sourceName);
    }

    private List<BudgetDisclosure> parse(byte[] bytes, String source) {
        // A UTF-8 file is read while it is decoded and parsed, as FastCSV reads any file; only when that fails is
        // the whole text decoded first, with charset detection, to read it or to report the first error.
        int utf8 = TextDecoding.utf8Start(bytes, charset);
        Optional<List<BudgetDisclosure>> quick = utf8 < 0 ? Optional.empty()
                : CsvText.readUtf8(bytes, utf8, records -> LongRows.read(records, source));
        return List.copyOf(quick.orElseGet(() -> LongRows.read(
                CsvText.read(TextDecoding.decode(bytes, charset, source), source).iterator(), source)));
    }

    @Override
    public String toString() {
        return "LongCsv[bom=" + bom + ", charset=" + charset.map(Charset::name).orElse("detect") + "]";
    }

    /** Keeps the caller's stream open when the CSV writer closes. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
