package org.yusuan.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatioReportTest {

    private static final String RESULTS = """
            [
              {"benchmark": "org.yusuan.benchmarks.JsonBenchmark.readYusuan", "mode": "avgt",
               "params": {"size": "typical"},
               "primaryMetric": {"score": 120.0, "scoreError": 12.0, "scoreUnit": "us/op"},
               "secondaryMetrics": {"\u00b7gc.alloc.rate.norm": {"score": 250000.0, "scoreUnit": "B/op"}}},
              {"benchmark": "org.yusuan.benchmarks.JsonBenchmark.readPlainJackson", "mode": "avgt",
               "params": {"size": "typical"},
               "primaryMetric": {"score": 100.0, "scoreError": 5.0, "scoreUnit": "us/op"},
               "secondaryMetrics": {"\u00b7gc.alloc.rate.norm": {"score": 125000.0, "scoreUnit": "B/op"}}},
              {"benchmark": "org.yusuan.benchmarks.JsonBenchmark.readYusuan", "mode": "avgt",
               "params": {"size": "large"},
               "primaryMetric": {"score": 3.0, "scoreError": "NaN", "scoreUnit": "ms/op"}},
              {"benchmark": "org.yusuan.benchmarks.JsonBenchmark.readPlainJackson", "mode": "avgt",
               "params": {"size": "large"},
               "primaryMetric": {"score": 2.0, "scoreError": "NaN", "scoreUnit": "ms/op"}}
            ]
            """;

    @Test
    void ratioIsSubjectOverBaselineOfTheSameParameters(@TempDir Path dir) throws IOException {
        RatioReport report = report(dir);

        List<RatioReport.Ratio> ratios = report.ratios();

        assertEquals(2, ratios.size());
        RatioReport.Ratio typical = ratios.stream()
                .filter(r -> r.subject().params().get("size").equals("typical")).findFirst().orElseThrow();
        assertEquals(1.2, typical.value(), 1e-12);
        RatioReport.Ratio large = ratios.stream()
                .filter(r -> r.subject().params().get("size").equals("large")).findFirst().orElseThrow();
        assertEquals(1.5, large.value(), 1e-12);
    }

    @Test
    void ratioErrorCombinesTheRelativeErrorsOfBothScores(@TempDir Path dir) throws IOException {
        RatioReport.Ratio typical = report(dir).ratios().stream()
                .filter(r -> r.subject().params().get("size").equals("typical")).findFirst().orElseThrow();

        // 1.2 * sqrt(0.1^2 + 0.05^2)
        assertEquals(1.2 * Math.sqrt(0.01 + 0.0025), typical.error(), 1e-12);
        assertEquals("within error", typical.met());
    }

    @Test
    void aRatioWithoutErrorIsJudgedOnItsValueAlone(@TempDir Path dir) throws IOException {
        RatioReport.Ratio large = report(dir).ratios().stream()
                .filter(r -> r.subject().params().get("size").equals("large")).findFirst().orElseThrow();

        assertTrue(Double.isNaN(large.error()));
        assertEquals("**no**", large.met());
        assertEquals("1.50", large.text());
    }

    @Test
    void printedTableNamesBaselineGoalAndVerdict(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report(dir).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(text.contains("| JsonBenchmark.readYusuan | size=typical | 120 ± 12.0 us/op "
                + "| readPlainJackson: 100 ± 5.00 us/op | 1.20 ± 0.134 | ≤ 1.2 | within error | 250.0 kB / 125.0 kB |"),
                text);
        assertTrue(text.contains("| JsonBenchmark.readYusuan | size=large | 3.00 ms/op "
                + "| readPlainJackson: 2.00 ms/op | 1.50 | ≤ 1.2 | **no** | - / - |"), text);
    }

    @Test
    void pairedReadsArePrintedWithTheirMediansAndQuartiles(@TempDir Path dir) throws IOException {
        Path paired = dir.resolve("paired.jsonl");
        Files.writeString(paired, "{\"size\":\"typical\",\"bytes\":59424,\"rounds\":200,\"ops\":200,"
                + "\"yusuanOverPlain\":{\"median\":1.205,\"q1\":1.194,\"q3\":1.217},"
                + "\"yusuanOverRaw\":{\"median\":1.418,\"q1\":1.408,\"q3\":1.435},"
                + "\"plainOverRaw\":{\"median\":1.176,\"q1\":1.167,\"q3\":1.189},"
                + "\"meanMicros\":{\"yusuan\":194.9,\"plain\":161.5,\"raw\":137.8}}\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        RatioReport.read(List.of(), List.of(), List.of(paired)).print(new PrintStream(bytes, true,
                StandardCharsets.UTF_8));

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("| typical | 200 × 200 | 1.205 (1.194–1.217) | 1.418 (1.408–1.435) "
                + "| 1.176 (1.167–1.189) | 194.9, 161.5, 137.8 |"), text);
    }

    private static RatioReport report(Path dir) throws IOException {
        Path file = dir.resolve("results.json");
        Files.writeString(file, RESULTS);
        return RatioReport.read(List.of(file), List.of(), List.of());
    }
}
