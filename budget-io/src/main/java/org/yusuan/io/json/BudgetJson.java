package org.yusuan.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.yusuan.io.ReadException;
import org.yusuan.io.json.internal.DisclosureJsonReader;
import org.yusuan.io.json.internal.DisclosureJsonWriter;
import org.yusuan.io.json.internal.DocumentBytes;
import org.yusuan.io.json.internal.HeldOutput;
import org.yusuan.io.json.internal.JsonLimits;
import org.yusuan.io.json.internal.JsonNames;
import org.yusuan.io.json.internal.StrictTextReader;
import org.yusuan.model.BudgetDisclosure;

/**
 * Reads and writes budget disclosures (预算公开) as JSON documents and JSON Lines, in the versioned format
 * {@code "format": "yusuan-disclosure", "version": 1} described in {@code docs/json-format.md} and by the JSON Schema
 * {@link #schema()}.
 *
 * <p>Immutable and thread-safe: configure once, share everywhere. {@link #standard()} refuses fields the format does
 * not define and writes compact JSON; {@link #withUnknownFieldsIgnored()} and {@link #withPrettyPrinting()} give
 * copies that differ in one setting.
 *
 * <p>The mapping is explicit, field by field, on Jackson's streaming API: there is no reflective data binding and no
 * polymorphic typing, and Jackson's read constraints (nesting depth, number, string, name and document length) are
 * set deliberately. Amounts are exact: written in plain notation with their scale ({@code 7.80} stays {@code 7.80}),
 * read only from JSON numbers in plain notation within fixed limits, so that hostile numbers such as {@code
 * 1e1000000000} are refused at once. Every problem with the input is a {@link ReadException} naming the source, line,
 * column, JSON Pointer of the field and what was expected.
 */
public final class BudgetJson {

    /** The value of the {@code format} field of every document: {@value}. */
    public static final String FORMAT = JsonNames.FORMAT;

    /** The version of the format this class writes and reads: {@value}. */
    public static final int VERSION = JsonNames.VERSION;

    private static final String SCHEMA_RESOURCE = "disclosure-v1.schema.json";

    private static final BudgetJson STANDARD = new BudgetJson(false, false);

    private final boolean ignoreUnknownFields;
    private final boolean prettyPrinting;

    private BudgetJson(boolean ignoreUnknownFields, boolean prettyPrinting) {
        this.ignoreUnknownFields = ignoreUnknownFields;
        this.prettyPrinting = prettyPrinting;
    }

    /**
     * The standard configuration: unknown fields are an error, output is compact (one line).
     *
     * @return the shared instance, never null
     */
    public static BudgetJson standard() {
        return STANDARD;
    }

    /**
     * A copy that skips fields the format does not define (for documents from newer or extended writers), instead of
     * refusing them. Known fields are still checked strictly.
     *
     * @return the copy, never null
     */
    public BudgetJson withUnknownFieldsIgnored() {
        return new BudgetJson(true, prettyPrinting);
    }

    /**
     * A copy that writes documents indented by two spaces with line feeds. JSON Lines are always written compact.
     *
     * @return the copy, never null
     */
    public BudgetJson withPrettyPrinting() {
        return new BudgetJson(ignoreUnknownFields, true);
    }

    /**
     * The JSON Schema (draft 2020-12) of the format's version {@value #VERSION}, as shipped in this module.
     *
     * @return the schema's text, never null
     * @throws UncheckedIOException if the resource cannot be read (a broken jar)
     */
    public static String schema() {
        try (InputStream in = BudgetJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource " + SCHEMA_RESOURCE + " is missing"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------- reading

    /**
     * Reads a disclosure from a JSON file (UTF-8, or UTF-16; a byte order mark allowed).
     *
     * @param file the file, not null
     * @return the disclosure, never null
     * @throws ReadException if the file is not a valid document of the format; it names the file
     * @throws UncheckedIOException if the file cannot be read
     * @throws NullPointerException if file is null
     */
    public BudgetDisclosure read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads a disclosure from a stream of JSON (UTF-8, or UTF-16; a byte order mark allowed). Malformed bytes are
     * an error naming their line and column, never replaced. The stream is not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name of the input for error messages, not null
     * @return the disclosure, never null
     * @throws ReadException if the input is not a valid document of the format
     * @throws UncheckedIOException if the stream cannot be read
     * @throws NullPointerException if an argument is null
     */
    public BudgetDisclosure read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "input stream must not be null");
        Objects.requireNonNull(sourceName, "source name must not be null");
        // The fast way: the bytes in memory, parsed as bytes as plain Jackson does (its UTF-8 parser refuses malformed
        // bytes as strictly as the text reader below, which then says where they are).
        DocumentBytes document = DocumentBytes.read(in);
        int start = document.utf8Start();
        if (start >= 0) {
            BudgetDisclosure disclosure = null;
            try (JsonParser parser = JsonLimits.factory()
                    .createParser(document.bytes(), start, document.length() - start)) {
                disclosure = DisclosureJsonReader.readOrRefuse(parser, sourceName, ignoreUnknownFields);
            } catch (ReadException | IOException e) {
                // Read again below, as text, which reports the problem as it always has: Jackson's byte parser counts
                // columns in bytes, and its messages can name byte columns too.
            }
            if (disclosure != null) {
                // The parser is closed and the disclosure holds copies: the bytes can serve the next document.
                document.recycle();
                return disclosure;
            }
        }
        // The exact way, for everything else: text decoded strictly (UTF-8 or UTF-16), parsed as characters.
        try (JsonParser parser = JsonLimits.factory().createParser(StrictTextReader.open(document.stream()))) {
            return read(parser, sourceName, 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
    }

    /**
     * Reads a disclosure from JSON text; a leading byte order mark (U+FEFF) is skipped.
     *
     * @param json the JSON text, not null
     * @param sourceName the name of the input for error messages, not null
     * @return the disclosure, never null
     * @throws ReadException if the text is not a valid document of the format
     * @throws NullPointerException if an argument is null
     */
    public BudgetDisclosure read(String json, String sourceName) {
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(sourceName, "source name must not be null");
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try (JsonParser parser = JsonLimits.factory().createParser(text)) {
            return read(parser, sourceName, 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
    }

    BudgetDisclosure read(JsonParser parser, String sourceName, long firstLine) throws IOException {
        return DisclosureJsonReader.read(parser, sourceName, firstLine, ignoreUnknownFields);
    }

    /**
     * Reads JSON Lines (one disclosure per line, UTF-8, blank lines skipped) lazily: each disclosure is read when it
     * is asked for, and only one line is held in memory. Close the reader (or its stream) to close the input.
     *
     * @param in the stream, not null; closed when the reader is closed
     * @param sourceName the name of the input for error messages, not null
     * @return the reader, never null
     * @throws NullPointerException if an argument is null
     */
    public JsonLinesReader readLines(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "input stream must not be null");
        Objects.requireNonNull(sourceName, "source name must not be null");
        return new JsonLinesReader(this, in, sourceName);
    }

    // ------------------------------------------------------------------------------------------------- writing

    /**
     * Writes a disclosure as a JSON document.
     *
     * @param disclosure the disclosure, not null
     * @return the JSON text, never null
     * @throws IllegalArgumentException if an amount is beyond the format's limits (more than 24 digits before the
     *     point or 12 after it)
     * @throws NullPointerException if disclosure is null
     */
    public String write(BudgetDisclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure must not be null");
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JsonLimits.factory().createGenerator(text)) {
            write(disclosure, out, prettyPrinting);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Writes a disclosure as a UTF-8 JSON document to a stream, which is flushed but not closed.
     *
     * @param disclosure the disclosure, not null
     * @param out the stream, not null
     * @throws IllegalArgumentException if an amount is beyond the format's limits
     * @throws UncheckedIOException if the stream fails
     * @throws NullPointerException if an argument is null
     */
    public void write(BudgetDisclosure disclosure, OutputStream out) {
        Objects.requireNonNull(disclosure, "disclosure must not be null");
        Objects.requireNonNull(out, "output stream must not be null");
        // Held until complete, so that a refused amount (it throws) leaves no half document behind.
        HeldOutput held = HeldOutput.take();
        try {
            try (JsonGenerator generator = JsonLimits.factory().createGenerator(held, JsonEncoding.UTF8)) {
                write(disclosure, generator, prettyPrinting);
            }
            held.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            held.recycle();
        }
    }

    /**
     * Writes a disclosure as a UTF-8 JSON file, replacing any file of that name.
     *
     * @param disclosure the disclosure, not null
     * @param file the file, not null
     * @throws IllegalArgumentException if an amount is beyond the format's limits
     * @throws UncheckedIOException if the file cannot be written
     * @throws NullPointerException if an argument is null
     */
    public void write(BudgetDisclosure disclosure, Path file) {
        Objects.requireNonNull(disclosure, "disclosure must not be null");
        Objects.requireNonNull(file, "file must not be null");
        String json = write(disclosure);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Writes JSON Lines: one compact disclosure per line, UTF-8, each line ended by a line feed. Closing the writer
     * closes the stream.
     *
     * @param out the stream, not null
     * @return the writer, never null
     * @throws NullPointerException if out is null
     */
    public JsonLinesWriter writeLines(OutputStream out) {
        Objects.requireNonNull(out, "output stream must not be null");
        return new JsonLinesWriter(out);
    }

    static void write(BudgetDisclosure disclosure, JsonGenerator out, boolean pretty) throws IOException {
        if (pretty) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter);
            out.setPrettyPrinter(printer);
        }
        DisclosureJsonWriter.write(disclosure, out);
        out.flush();
        if (pretty) {
            out.writeRaw('\n');
        }
    }

    @Override
    public String toString() {
        return "BudgetJson[format=" + FORMAT + ", version=" + VERSION + ", unknownFields="
                + (ignoreUnknownFields ? "ignored" : "refused") + ", pretty=" + prettyPrinting + "]";
    }
}
