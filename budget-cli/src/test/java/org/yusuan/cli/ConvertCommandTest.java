package org.yusuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code yusuan convert} in-process: every format round-trips, and checks agree whatever the format. */
class ConvertCommandTest {

    private static final String CITY = "2024-korla-city-gov-office.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String toJson(Path in) {
        Cli.Run run = Cli.run("convert", in.toString(), "--to", "json");
        assertEquals(0, run.status(), run.err());
        return run.out();
    }

    private static JsonNode findings(Path in) throws Exception {
        Cli.Run run = Cli.run("check", "--format", "json", "--lang", "zh", in.toString());
        assertTrue(run.status() == 0 || run.status() == 1, run.err());
        return JSON.readTree(run.out().strip().split("\n")[0]).path("findings");
    }

    @Test
    void publishedTextConvertsToJsonAndBackThroughEveryFormatUnchanged(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("city.json");
        Cli.Run imported = Cli.run("convert", Cli.example(CITY).toString(), "--to", "json", "-o", json.toString());
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.err().contains("imported " + Cli.example(CITY) + ": "), imported.err());
        assertTrue(imported.err().contains("wrote " + json), imported.err());
        String original = toJson(json);
        assertEquals("库尔勒市人民政府办公室", JSON.readTree(original).path("entityName").asText());

        Path jsonl = dir.resolve("city.jsonl");
        Cli.Run lines = Cli.run("convert", json.toString(), "--to", "jsonl");
        assertEquals(0, lines.status(), lines.err());
        assertEquals(1, lines.out().strip().split("\n").length);
        Files.writeString(jsonl, lines.out(), StandardCharsets.UTF_8);
        assertEquals(original, toJson(jsonl));

        Path longCsv = dir.resolve("city.csv");
        assertEquals(0, Cli.run("convert", jsonl.toString(), "--to", "csv-long", "-o", longCsv.toString()).status());
        assertEquals(original, toJson(longCsv));

        Path folder = dir.resolve("city-tables");
        Cli.Run tables = Cli.run("convert", json.toString(), "--to", "csv", "-o", folder.toString());
        assertEquals(0, tables.status(), tables.err());
        assertTrue(Files.isDirectory(folder));
        assertEquals(original, toJson(folder));

        Path zip = dir.resolve("city-tables.zip");
        assertEquals(0, Cli.run("convert", json.toString(), "--to", "csv", "-o", zip.toString()).status());
        assertEquals(original, toJson(zip));

        JsonNode fromText = findings(Cli.example(CITY));
        assertEquals(fromText, findings(json));
        assertEquals(fromText, findings(longCsv));
        assertEquals(fromText, findings(folder));
    }

    @Test
    void aDirectoryConvertsToJsonLinesAndLongCsvInSortedOrder(@TempDir Path dir) throws Exception {
        Cli.Run lines = Cli.run("convert", Cli.examples().toString(), "--to", "jsonl");
        assertEquals(0, lines.status(), lines.err());
        String[] disclosures = lines.out().strip().split("\n");
        assertEquals(3, disclosures.length);
        assertEquals("库尔勒市人民政府办公室", JSON.readTree(disclosures[0]).path("entityName").asText());

        Path longCsv = dir.resolve("all.csv");
        Cli.Run written = Cli.run("convert", Cli.examples().toString(), "--to", "csv-long", "-o", longCsv.toString());
        assertEquals(0, written.status(), written.err());
        Path jsonl = Files.writeString(dir.resolve("all.jsonl"), lines.out());
        Cli.Run fromCsv = Cli.run("convert", longCsv.toString(), "--to", "jsonl");
        Cli.Run fromJsonl = Cli.run("convert", jsonl.toString(), "--to", "jsonl");
        assertEquals(lines.out(), fromJsonl.out());
        assertEquals(lines.out(), fromCsv.out());

        Cli.Run check = Cli.run("check", "--format", "json", longCsv.toString());
        List<String> reports = check.out().strip().lines().toList();
        assertEquals(3, reports.size(), check.out());
        assertEquals(longCsv + "#2", JSON.readTree(reports.get(1)).path("file").asText() + "#"
                + JSON.readTree(reports.get(1)).path("index").asText());
    }

    @Test
    void targetsThatHoldOneDisclosureRefuseSeveralAndCsvNeedsAnOutput(@TempDir Path dir) {
        Cli.Run several = Cli.run("convert", Cli.examples().toString(), "--to", "json");
        assertEquals(2, several.status());
        assertTrue(several.err().contains("holds one disclosure, but the input has 3"), several.err());
        Cli.Run csv = Cli.run("convert", Cli.example(CITY).toString(), "--to", "csv");
        assertEquals(2, csv.status());
        assertTrue(csv.err().contains("give a folder or a .zip with -o"), csv.err());
        assertEquals(2, Cli.run("convert", Cli.example(CITY).toString(), "--to", "text").status());
        assertEquals(2, Cli.run("convert", Cli.example(CITY).toString()).status());
        Cli.Run missing = Cli.run("convert", dir.resolve("nothing.json").toString(), "--to", "jsonl");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("nothing.json: no such file or directory"), missing.err());
        assertFalse(missing.out().contains("{"), missing.out());
    }
}
