package org.yusuan.io.csv.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.yusuan.io.ReadException;

/**
 * The one place where FastCSV reads and writes: RFC 4180 with comma, double quote, CRLF line ends on write; field
 * counts are checked by the callers so that their errors can name the missing or extra column.
 */
public final class CsvText {

    private CsvText() {
    }

    /**
     * Reads every record of a decoded file; empty lines, and lines whose every field is blank (as spreadsheets
     * write for empty rows: {@code ,,,,}), are skipped since they carry nothing.
     *
     * @param text the decoded text
     * @param source the file name for errors
     * @return the records, with their starting line numbers
     * @throws ReadException if the CSV syntax is broken (for example an unclosed quote)
     */
    public static List<CsvRecord> read(String text, String source) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                if (!allBlank(record)) {
                    records.add(record);
                }
            }
        } catch (CsvParseException e) {
            long line = records.isEmpty() ? 1 : records.get(records.size() - 1).getStartingLineNumber() + 1;
            String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw ReadException.builder(source, "broken CSV syntax: " + e.getMessage()
                            + (detail != null && !detail.equals(e.getMessage()) ? " (" + detail + ")" : ""))
                    .line(firstLineNumber(e.getMessage(), line))
                    .expected("RFC 4180 CSV: fields separated by commas, a field with a comma, quote or line break"
                            + " enclosed in double quotes, a quote inside doubled")
                    .cause(e).build();
        } catch (java.io.IOException | UncheckedIOException e) {
            throw ReadException.builder(source, "cannot read CSV: " + e.getMessage()).cause(e).build();
        }
        return records;
    }

    /**
     * Reads a file's records while decoding its bytes as strict UTF-8 and hands them to a reader as they are parsed,
     * as FastCSV reads any file, without decoding the whole text first and while each record is fresh in memory:
     * the quick path for files that are valid UTF-8, valid CSV and valid for the reader. When anything fails (a
     * malformed byte, broken CSV, the reader's own {@link ReadException} or any other exception) the result is empty, and the caller reads
     * the file through {@link TextDecoding#decode} and {@link #read(String, String)}, which detect the charset and
     * report the error exactly as before: decoding errors before syntax errors before the reader's.
     *
     * @param bytes the file's bytes
     * @param offset where the text starts, from {@link TextDecoding#utf8Start}
     * @param reader what reads the records, given them as {@link #read(String, String)} gives them for the text
     * @param <T> what the reader gives
     * @return what the reader gave, or empty when anything failed
     */
    public static <T> Optional<T> readUtf8(byte[] bytes, int offset, Function<Iterator<CsvRecord>, T> reader) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader text = new InputStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset), strict);
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text)) {
            return Optional.of(reader.apply(new NonBlank(csv.iterator())));
        } catch (RuntimeException | java.io.IOException e) {
            // CsvParseException, UncheckedIOException (a malformed byte), ReadException or any other failure: the
            // whole-text path reports whichever error comes first there.
            return Optional.empty();
        }
    }

    /** The records that are not blank, as {@link #read(String, String)} keeps them. */
    private static final class NonBlank implements Iterator<CsvRecord> {
        private final Iterator<CsvRecord> records;
        private CsvRecord next;

        NonBlank(Iterator<CsvRecord> records) {
            this.records = records;
        }

        @Override
        public boolean hasNext() {
            while (next == null && records.hasNext()) {
                CsvRecord record = records.next();
                if (!allBlank(record)) {
                    next = record;
                }
            }
            return next != null;
        }

        @Override
        public CsvRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CsvRecord record = next;
            next = null;
            return record;
        }
    }

    private static boolean allBlank(CsvRecord record) {
        // By position: getFields() wraps the fields in two lists and an iterator for every record.
        for (int i = 0; i < record.getFieldCount(); i++) {
            if (!record.getField(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static long firstLineNumber(String message, long fallback) {
        if (message != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return fallback;
    }

    /**
     * A writer of RFC 4180 CSV with CRLF line ends, quoting only where needed.
     *
     * @param out where to write; not closed by closing the CSV writer's caller
     * @return the CSV writer
     */
    public static CsvWriter writer(Writer out) {
        return CsvWriter.builder()
                .lineDelimiter(LineDelimiter.CRLF)
                .quoteStrategy(QuoteStrategies.REQUIRED)
                .build(out);
    }
}
