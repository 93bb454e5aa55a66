package org.yusuan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.io.ReadException;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Fixtures;

class BudgetJsonReadErrorsTest {

    private static final String HEAD =
            "{\"format\":\"yusuan-disclosure\",\"version\":1,\"entityKind\":\"UNIT\",\"fiscalYear\":2024,";

    private final BudgetJson json = BudgetJson.standard();

    @Test
    void aFileErrorNamesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\": \"yusuan-disclosure\",\n  \"version\": 1,\n  \"fiscalYear\": \"x\"\n}",
                StandardCharsets.UTF_8);

        ReadException e = assertThrows(ReadException.class, () -> json.read(file));

        assertEquals(file.toString(), e.source());
        assertEquals(4, e.line().orElseThrow());
        assertEquals(17, e.column().orElseThrow());
        assertEquals("/fiscalYear", e.field().orElseThrow());
        assertTrue(e.getMessage().startsWith(file + ":4:17: [/fiscalYear] found a string (x); expected a whole number"),
                e.getMessage());
    }

    @Test
    void aMissingFileIsAnInputOutputErrorNotAReadError(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> json.read(dir.resolve("missing.json")));
    }

    @Test
    void aStringLongerThanTheLimitIsRefused() {
        String text = HEAD + "\"entityName\":\"" + "长".repeat(1_000_001) + "\"}";

        ReadException e = assertThrows(ReadException.class, () -> json.read(text, "long.json"));

        assertTrue(e.getMessage().contains("exceeds a safety limit"), e.getMessage());
        assertTrue(e.getMessage().contains("String value length"), e.getMessage());
    }

    @Test
    void aFieldNameLongerThanTheLimitIsRefusedEvenWhenUnknownFieldsAreIgnored() {
        String text = HEAD + "\"entityName\":\"x\",\"" + "n".repeat(1_000) + "\":1}";

        ReadException e = assertThrows(ReadException.class,
                () -> json.withUnknownFieldsIgnored().read(text, "name.json"));

        assertTrue(e.getMessage().contains("exceeds a safety limit"), e.getMessage());
    }

    @Test
    void ignoringUnknownFieldsIsACopyAndLeavesTheStandardReaderStrict() {
        String text = HEAD + "\"entityName\":\"x\",\"extra\":true}";

        BudgetJson lenient = json.withUnknownFieldsIgnored();

        assertNotSame(json, lenient);
        assertEquals("x", lenient.read(text, "extra.json").getEntityName());
        assertThrows(ReadException.class, () -> BudgetJson.standard().read(text, "extra.json"));
    }

    @Test
    void oneInstanceServesManyThreadsAtOnce() throws Exception {
        BudgetDisclosure fixture = Fixtures.korlaCityGovOffice();
        String expected = json.write(fixture);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> json.write(json.read(json.write(fixture), "thread"))));
            }
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
