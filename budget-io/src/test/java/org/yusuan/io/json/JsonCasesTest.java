package org.yusuan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.io.ReadException;
import org.yusuan.model.BudgetDisclosure;

/**
 * Runs the spec-driven edge cases in {@code src/test/resources/json-cases}: each input file with its expected result
 * or expected error (see the README there). Hostile inputs among them must simply complete: a hang fails the build.
 */
class JsonCasesTest {

    private static final Path CASES = Path.of("src", "test", "resources", "json-cases");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expect"))
                    .map(n -> n.substring(0, n.length() - ".expect".length()))
                    .sorted()
                    .toList();
            assertTrue(names.size() >= 40, "the cases are found: " + names.size());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseBehavesAsSpecified(String name) throws IOException {
        Map<String, List<String>> expect = expectations(CASES.resolve(name + ".expect"));
        Path json = CASES.resolve(name + ".json");
        Path lines = CASES.resolve(name + ".jsonl");
        BudgetJson reader = expect.getOrDefault("options", List.of()).contains("ignore-unknown")
                ? BudgetJson.standard().withUnknownFieldsIgnored() : BudgetJson.standard();
        String outcome = single(expect, "expect");
        if (Files.exists(json)) {
            byte[] input = Files.readAllBytes(json);
            if (outcome.equals("ok")) {
                BudgetDisclosure disclosure = reader.read(new ByteArrayInputStream(input), name);
                if (expect.containsKey("rewritten")) {
                    String rewritten = Files.readString(CASES.resolve(single(expect, "rewritten")),
                            StandardCharsets.UTF_8).strip();
                    assertEquals(rewritten, BudgetJson.standard().write(disclosure));
                }
            } else {
                ReadException e = assertThrows(ReadException.class,
                        () -> reader.read(new ByteArrayInputStream(input), name));
                check(expect, e, name);
            }
        } else if (Files.exists(lines)) {
            byte[] input = Files.readAllBytes(lines);
            List<BudgetDisclosure> read = new ArrayList<>();
            try (JsonLinesReader in = reader.readLines(new ByteArrayInputStream(input), name)) {
                if (outcome.equals("ok")) {
                    in.forEachRemaining(read::add);
                    assertEquals(Integer.parseInt(single(expect, "disclosures")), read.size());
                } else {
                    ReadException e = assertThrows(ReadException.class, () -> in.forEachRemaining(read::add));
                    check(expect, e, name);
                    assertEquals(Integer.parseInt(single(expect, "read-before-error")), read.size());
                }
            }
        } else {
            fail("case " + name + " has no input file " + json + " or " + lines);
        }
    }

    private static void check(Map<String, List<String>> expect, ReadException e, String name) {
        assertEquals(name, e.source());
        if (expect.containsKey("line")) {
            assertEquals(Long.parseLong(single(expect, "line")), e.line().orElse(-1), e.getMessage());
        }
        if (expect.containsKey("column")) {
            assertEquals(Long.parseLong(single(expect, "column")), e.column().orElse(-1), e.getMessage());
        }
        if (expect.containsKey("field")) {
            assertEquals(single(expect, "field"), e.field().orElse(null), e.getMessage());
        }
        if (expect.containsKey("table")) {
            assertEquals(single(expect, "table"), e.table().orElse(null), e.getMessage());
        }
        for (String part : expect.getOrDefault("message", List.of())) {
            assertTrue(e.getMessage().contains(part), "message must contain «" + part + "»: " + e.getMessage());
        }
        assertTrue(e.expected().isPresent(), "every read error says what was expected: " + e.getMessage());
    }

    private static Map<String, List<String>> expectations(Path file) throws IOException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            assertTrue(colon > 0, "a key: value line in " + file + ": " + line);
            values.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>()).add(line.substring(colon + 2));
        }
        assertNotNull(values.get("expect"), "every case says what to expect: " + file);
        return values;
    }

    private static String single(Map<String, List<String>> expect, String key) {
        List<String> values = expect.get(key);
        assertNotNull(values, "the case needs \"" + key + ":\"");
        assertEquals(1, values.size(), "one \"" + key + ":\" per case");
        return values.get(0);
    }
}
