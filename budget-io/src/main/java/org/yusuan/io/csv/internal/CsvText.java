package org.yusuan.io.csv.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
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

    private static boolean allBlank(CsvRecord record) {
        for (String field : record.getFields()) {
            if (!field.isEmpty()) {
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
