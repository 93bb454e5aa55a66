package org.yusuan.codes.internal;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yusuan.codes.CatalogEntry;
import org.yusuan.codes.CatalogFormatException;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.codes.CodeFormatException;
import org.yusuan.codes.CodeNames;
import org.yusuan.codes.CodeSystem;
import org.yusuan.codes.Confidence;

/**
 * Reads a catalog data file: {@code #} comment lines, a header {@code code,name,confidence,source[,note]}, then
 * one entry per line. Every problem is reported with the file and line.
 */
public final class CatalogFileReader {

    /** The header every catalog file starts with (the note column may be left out). */
    public static final List<String> HEADER = List.of("code", "name", "confidence", "source", "note");

    private CatalogFileReader() {
    }

    /**
     * Reads and checks a whole catalog file.
     *
     * @param reader the file's text; not closed here
     * @param file the name to report problems with
     * @param system the system whose codes the file lists
     * @param codeOf makes a code from canonical digits
     * @param <C> the code type
     * @return the entries in file order, never null
     * @throws CatalogFormatException for any problem, naming file and line
     */
    public static <C extends ClassificationCode<C>> List<CatalogEntry<C>> read(Reader reader, String file,
            CodeSystem system, Function<String, C> codeOf) {
        List<CatalogEntry<C>> entries = new ArrayList<>();
        Map<String, Long> lineOfCode = new HashMap<>();
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP)
                .skipEmptyLines(true)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .ofCsvRecord(reader);
        int columns = 0;
        try {
            for (CsvRecord record : csv) {
                long line = record.getStartingLineNumber();
                if (columns == 0) {
                    columns = checkHeader(record, file);
                    continue;
                }
                if (record.getFieldCount() != columns) {
                    throw new CatalogFormatException(file, line, "expected " + columns + " columns ("
                            + String.join(",", HEADER.subList(0, columns)) + ") but found " + record.getFieldCount(),
                            null);
                }
                String digits = record.getField(0);
                C code = canonicalCode(digits, file, line, system, codeOf);
                String name = record.getField(1);
                if (name.isBlank() || !name.equals(name.strip())) {
                    throw new CatalogFormatException(file, line, "the name of " + digits
                            + " must be non-blank and without surrounding spaces: \"" + name + "\"", null);
                }
                Confidence confidence;
                try {
                    confidence = Confidence.ofToken(record.getField(2));
                } catch (IllegalArgumentException e) {
                    throw new CatalogFormatException(file, line, e.getMessage(), e);
                }
                String source = record.getField(3);
                if (source.isBlank()) {
                    throw new CatalogFormatException(file, line, "the source of " + digits
                            + " is empty; every entry states its provenance", null);
                }
                String note = columns > 4 ? record.getField(4) : null;
                Long earlier = lineOfCode.putIfAbsent(code.digits(), line);
                if (earlier != null) {
                    throw new CatalogFormatException(file, line, "code " + digits + " is listed twice (first on line "
                            + earlier + ")", null);
                }
                entries.add(CatalogEntry.of(code, name, confidence, source, note));
            }
        } catch (CsvParseException e) {
            throw new CatalogFormatException(file, 0, "not a well-formed CSV file: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new CatalogFormatException(file, 0, "cannot be read: " + e.getCause().getMessage(), e);
        }
        if (columns == 0) {
            throw new CatalogFormatException(file, 0, "has no header line; expected " + String.join(",", HEADER), null);
        }
        checkHierarchy(entries, lineOfCode, file);
        return entries;
    }

    private static int checkHeader(CsvRecord record, String file) {
        List<String> fields = new ArrayList<>(record.getFields());
        if (!fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
            fields.set(0, fields.get(0).substring(1));
        }
        if (fields.equals(HEADER) || fields.equals(HEADER.subList(0, 4))) {
            return fields.size();
        }
        throw new CatalogFormatException(file, record.getStartingLineNumber(), "expected the header "
                + String.join(",", HEADER) + " (note optional) but found " + String.join(",", fields), null);
    }

    private static <C extends ClassificationCode<C>> C canonicalCode(String digits, String file, long line,
            CodeSystem system, Function<String, C> codeOf) {
        String canonical;
        try {
            canonical = CodeSyntax.canonical(digits, system);
        } catch (CodeFormatException e) {
            throw new CatalogFormatException(file, line, e.getMessage(), e);
        }
        if (!canonical.equals(digits)) {
            throw new CatalogFormatException(file, line, "code \"" + digits
                    + "\" is not in canonical form; data files write it as " + canonical, null);
        }
        return codeOf.apply(canonical);
    }

    private static <C extends ClassificationCode<C>> void checkHierarchy(List<CatalogEntry<C>> entries,
            Map<String, Long> lineOfCode, String file) {
        Map<String, Long> lineOfSiblingName = new HashMap<>();
        for (CatalogEntry<C> entry : entries) {
            C code = entry.code();
            long line = lineOfCode.get(code.digits());
            code.parent().ifPresent(parent -> {
                if (!lineOfCode.containsKey(parent.digits())) {
                    throw new CatalogFormatException(file, line, code.level().label() + " " + code + " has no "
                            + parent.level().label() + " " + parent + " in the file; every parent must be listed", null);
                }
            });
            String parentKey = code.parent().map(Object::toString).orElse("");
            Long earlier = lineOfSiblingName.putIfAbsent(parentKey + "/" + CodeNames.normalize(entry.name()), line);
            if (earlier != null) {
                throw new CatalogFormatException(file, line, "name \"" + entry.name() + "\" of " + code
                        + " is already used by a sibling on line " + earlier + "; names are unique among siblings",
                        null);
            }
        }
    }
}
