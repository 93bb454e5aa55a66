package org.yusuan.io.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yusuan.io.json.internal.Decimals;
import org.yusuan.io.json.internal.JsonLimits;

/** Keeps docs/json-format.md true to the code: the limits it states are the limits the reader sets. */
class JsonFormatDocsTest {

    private static String docs() throws IOException {
        return Files.readString(Path.of("..", "docs", "json-format.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theDocsStateTheReadConstraintsTheReaderSets() throws IOException {
        String docs = docs();
        NumberFormat grouped = NumberFormat.getIntegerInstance(Locale.ROOT);
        grouped.setGroupingUsed(true);

        assertTrue(docs.contains("| nesting depth | " + JsonLimits.MAX_NESTING_DEPTH + " |"));
        assertTrue(docs.contains("| number length | " + JsonLimits.MAX_NUMBER_LENGTH + " characters |"));
        assertTrue(docs.contains("| string length | " + grouped.format(JsonLimits.MAX_STRING_LENGTH) + " characters |"));
        assertTrue(docs.contains("| field name length | " + JsonLimits.MAX_NAME_LENGTH + " characters |"));
        assertTrue(docs.contains("| document length | " + (JsonLimits.MAX_DOCUMENT_LENGTH >> 20) + " MiB"));
        assertTrue(docs.contains("| tokens per document | " + grouped.format(JsonLimits.MAX_TOKEN_COUNT) + " |"));
    }

    @Test
    void theDocsStateTheDecimalLimitsTheReaderChecks() throws IOException {
        String docs = docs();

        assertTrue(docs.contains("at most " + Decimals.MAX_INTEGER_DIGITS + " digits before the point and "
                + Decimals.MAX_FRACTION_DIGITS + " after it"));
        assertTrue(docs.contains("longest allowed decimal is " + Decimals.MAX_TEXT_LENGTH));
    }
}
