package org.yusuan.io.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.yusuan.io.ReadException;
import org.yusuan.io.text.internal.DocumentReader;

/**
 * The importer of published disclosure text (预算公开文本导入): reads the plain text extracted from a published
 * disclosure (PDF or Word) into a {@link org.yusuan.model.BudgetDisclosure}, with an {@link ImportReport} saying per
 * table whether it was found, found empty (为空表) or missing and how many rows were read, every line inside a table
 * that could not be read (with its line number and why), and every inference made where the layout lost information
 * (which column an amount belongs to, which code an OCR-damaged code stands for).
 *
 * <p>A partial import is a normal result, not an exception. The importer is immutable, thread-safe and reusable.
 *
 * <pre>{@code
 * ImportResult result = DisclosureTextImporter.standard().importFile(Path.of("2024-部门预算.txt"));
 * result.disclosure().getExpenditureSummary();   // 表3, every row and amount as printed
 * result.report().table(TableKind.GENERAL_BUDGET_PROJECT_EXPENDITURE).status();
 * result.report().unreadLines();                 // what could not be read, and why
 * }</pre>
 */
public final class DisclosureTextImporter {

    private static final DisclosureTextImporter STANDARD = new DisclosureTextImporter();
    private static final Charset GB18030 = Charset.forName("GB18030");

    private DisclosureTextImporter() {
    }

    /**
     * The importer with the built-in code catalogs.
     *
     * @return the importer, never null
     */
    public static DisclosureTextImporter standard() {
        return STANDARD;
    }

    /**
     * Imports a disclosure text.
     *
     * @param text the text, not null
     * @param sourceName the name to give the text in the report (a file name), not null
     * @return the disclosure and the report, never null
     * @throws NullPointerException if an argument is null
     */
    public ImportResult importText(String text, String sourceName) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        return DocumentReader.read(text.startsWith("\uFEFF") ? text.substring(1) : text, sourceName);
    }

    /**
     * Imports a disclosure text file, in UTF-8 (with or without BOM) or GB18030, detected: a file that is valid
     * UTF-8 is read as UTF-8, else as GB18030.
     *
     * @param file the file, not null
     * @return the disclosure and the report, never null
     * @throws ReadException if the file cannot be read or is neither valid UTF-8 nor valid GB18030 (naming the file
     *     and the byte offset where decoding failed)
     * @throws NullPointerException if file is null
     */
    public ImportResult importFile(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ReadException.builder(file.toString(), "cannot read the file: " + e.getMessage()).cause(e).build();
        }
        return importText(decode(bytes, file.toString()), file.getFileName().toString());
    }

    private static String decode(byte[] bytes, String source) {
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw ReadException.builder(source, "the bytes are neither UTF-8 nor GB18030 text")
                        .expected("a text file in UTF-8 or GB18030").cause(e).build();
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
