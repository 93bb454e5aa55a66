package org.yusuan.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.yusuan.testkit.Fixtures;

/**
 * The report (性能报告) of a benchmark run: reads JMH's JSON results ({@code -rf json}), the batch runs' JSON lines
 * and the paired reads' ({@link org.yusuan.benchmarks.paired.PairedRead}), and prints each comparison as a ratio
 * with its error, the text import speed in MB/s, the batch throughput and heap, and the paired ratios, as Markdown
 * tables.
 *
 * <p>The ratio is subject time / baseline time (average time per operation, smaller is better); its error combines
 * the two scores' 99.9% confidence half-widths as JMH reports them: {@code r * sqrt((ea/a)^2 + (eb/b)^2)}. When a
 * score has no error (one fork and one iteration) the ratio is printed without one.
 *
 * <p>Run: {@code java -cp budget-benchmarks/target/benchmarks.jar org.yusuan.benchmarks.report.RatioReport
 * results.json [--batch batch.jsonl] [--paired paired.jsonl]}
 */
public final class RatioReport {

    private final List<Score> scores;
    private final List<JsonNode> batches;
    private final List<JsonNode> paired;

    RatioReport(List<Score> scores, List<JsonNode> batches, List<JsonNode> paired) {
        this.scores = List.copyOf(scores);
        this.batches = List.copyOf(batches);
        this.paired = List.copyOf(paired);
    }

    /**
     * Prints the report of the given result files.
     *
     * @param args JMH JSON result files, {@code --batch FILE} for each batch result file and {@code --paired FILE}
     *     for each paired read result file (JSON lines)
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<Path> jmh = new ArrayList<>();
        List<Path> batch = new ArrayList<>();
        List<Path> paired = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--batch") && i + 1 < args.length) {
                batch.add(Path.of(args[++i]));
            } else if (args[i].equals("--paired") && i + 1 < args.length) {
                paired.add(Path.of(args[++i]));
            } else {
                jmh.add(Path.of(args[i]));
            }
        }
        if (jmh.isEmpty() && batch.isEmpty() && paired.isEmpty()) {
            System.err.println("usage: RatioReport results.json... [--batch batch.jsonl]... [--paired paired.jsonl]...");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        read(jmh, batch, paired).print(out);
    }

    static RatioReport read(List<Path> jmhFiles, List<Path> batchFiles, List<Path> pairedFiles) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Score> scores = new ArrayList<>();
        for (Path file : jmhFiles) {
            scores.addAll(Score.parse(mapper.readTree(file.toFile())));
        }
        return new RatioReport(scores, lines(mapper, batchFiles), lines(mapper, pairedFiles));
    }

    /** The JSON objects of files of JSON lines, in order. */
    private static List<JsonNode> lines(ObjectMapper mapper, List<Path> files) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    nodes.add(mapper.readTree(line));
                }
            }
        }
        return nodes;
    }

    void print(PrintStream out) {
        printComparisons(out);
        printTextImport(out);
        printBatches(out);
        printPaired(out);
        printOthers(out);
    }

    /** The ratio rows: one per comparison and parameter set found in the results. */
    List<Ratio> ratios() {
        List<Ratio> ratios = new ArrayList<>();
        for (Comparison comparison : Comparison.all()) {
            for (Score subject : scores) {
                if (!subject.benchmarkClass().equals(comparison.benchmarkClass())
                        || !subject.method().equals(comparison.subject())) {
                    continue;
                }
                scores.stream()
                        .filter(b -> b.benchmarkClass().equals(comparison.benchmarkClass())
                                && b.method().equals(comparison.baseline())
                                && b.params().equals(subject.params()))
                        .findFirst()
                        .ifPresent(baseline -> ratios.add(Ratio.of(comparison, subject, baseline)));
            }
        }
        return ratios;
    }

    private void printComparisons(PrintStream out) {
        List<Ratio> ratios = ratios();
        if (ratios.isEmpty()) {
            return;
        }
        out.println("## Ratios (yusuan time / baseline time, smaller is better)");
        out.println();
        out.println("| benchmark | params | yusuan | baseline | ratio | goal | met | allocated per op "
                + "(yusuan / baseline) |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (Ratio r : ratios) {
            out.printf(Locale.ROOT, "| %s.%s | %s | %s | %s: %s | %s | ≤ %s | %s | %s / %s |%n",
                    r.comparison().benchmarkClass(), r.comparison().subject(), r.subject().paramText(),
                    r.subject().text(), r.comparison().baseline(), r.baseline().text(), r.text(),
                    trim(r.comparison().goal()), r.met(), bytes(r.subject().allocatedBytesPerOp()),
                    bytes(r.baseline().allocatedBytesPerOp()));
        }
        out.println();
    }

    private void printTextImport(PrintStream out) {
        List<Score> imports = scores.stream()
                .filter(s -> s.benchmarkClass().equals("TextImportBenchmark"))
                .toList();
        if (imports.isEmpty()) {
            return;
        }
        out.println("## Text import (DisclosureTextImporter.importText)");
        out.println();
        out.println("| fixture | bytes (UTF-8) | time per document | MB/s |");
        out.println("|---|---|---|---|");
        for (Score s : imports) {
            String fixture = s.params().getOrDefault("fixture", "?");
            int bytes = Fixtures.text(fixture).getBytes(StandardCharsets.UTF_8).length;
            double seconds = s.secondsPerOp();
            double mbps = bytes / 1e6 / seconds;
            double mbpsError = Double.isNaN(s.error()) ? Double.NaN : mbps * s.error() / s.score();
            out.printf(Locale.ROOT, "| %s | %d | %s | %s |%n", fixture, bytes, s.text(), plusMinus(mbps, mbpsError));
        }
        out.println();
    }

    private void printBatches(PrintStream out) {
        if (batches.isEmpty()) {
            return;
        }
        out.println("## Batch: JSON Lines read and validated (separate JVM)");
        out.println();
        out.println("| disclosures | -Xmx | MB read | seconds | disclosures/s | MB/s | max heap after GC | "
                + "peak heap used | findings |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (JsonNode b : batches) {
            out.printf(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %,.0f | %.1f | %.1f MB | %.1f MB | %,d |%n",
                    b.path("disclosures").asLong(), mb(b.path("maxHeapBytes").asLong()),
                    b.path("bytes").asLong() / 1e6, b.path("seconds").asDouble(),
                    b.path("disclosuresPerSecond").asDouble(), b.path("megabytesPerSecond").asDouble(),
                    b.path("maxHeapAfterGcBytes").asLong() / 1e6, b.path("peakHeapUsedBytes").asLong() / 1e6,
                    b.path("findings").asLong());
        }
        out.println();
    }

    private void printPaired(PrintStream out) {
        if (paired.isEmpty()) {
            return;
        }
        out.println("## Paired read: the three readers in turn in one JVM (median of the rounds, quartiles)");
        out.println();
        out.println("| size | rounds × reads | yusuan / plain Jackson | yusuan / Jackson tokens | "
                + "plain Jackson / Jackson tokens | mean µs (yusuan, plain, tokens) |");
        out.println("|---|---|---|---|---|---|");
        for (JsonNode r : paired) {
            JsonNode mean = r.path("meanMicros");
            out.printf(Locale.ROOT, "| %s | %d × %d | %s | %s | %s | %.1f, %.1f, %.1f |%n", r.path("size").asText(),
                    r.path("rounds").asInt(), r.path("ops").asInt(), quartiles(r.path("yusuanOverPlain")),
                    quartiles(r.path("yusuanOverRaw")), quartiles(r.path("plainOverRaw")),
                    mean.path("yusuan").asDouble(), mean.path("plain").asDouble(), mean.path("raw").asDouble());
        }
        out.println();
    }

    private static String quartiles(JsonNode q) {
        return String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", q.path("median").asDouble(), q.path("q1").asDouble(),
                q.path("q3").asDouble());
    }

    private void printOthers(PrintStream out) {
        List<Score> others = new ArrayList<>();
        for (Score s : scores) {
            boolean compared = Comparison.all().stream().anyMatch(c -> c.benchmarkClass().equals(s.benchmarkClass())
                    && (c.subject().equals(s.method()) || c.baseline().equals(s.method())));
            if (!compared && !s.benchmarkClass().equals("TextImportBenchmark")) {
                others.add(s);
            }
        }
        if (others.isEmpty()) {
            return;
        }
        out.println("## Other measurements");
        out.println();
        out.println("| benchmark | params | score |");
        out.println("|---|---|---|");
        for (Score s : others) {
            out.printf(Locale.ROOT, "| %s.%s | %s | %s |%n", s.benchmarkClass(), s.method(), s.paramText(), s.text());
        }
        out.println();
    }

    static String bytes(double bytes) {
        if (Double.isNaN(bytes)) {
            return "-";
        } else if (bytes >= 1e6) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        } else if (bytes >= 1e3) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f B", bytes);
    }

    private static String mb(long bytes) {
        return bytes <= 0 ? "?" : Math.round(bytes / (1024.0 * 1024.0)) + "m";
    }

    static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    static String plusMinus(double value, double error) {
        String v = significant(value);
        return Double.isNaN(error) ? v : v + " ± " + significant(error);
    }

    private static String significant(double value) {
        double abs = Math.abs(value);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        } else if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        } else if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * One JMH result: a benchmark method with one set of parameters, its score and error.
     *
     * @param benchmarkClass the simple class name
     * @param method the method name
     * @param params the parameters, sorted by name
     * @param score the score
     * @param error the 99.9% half-width, NaN when JMH had too few samples
     * @param unit the score unit, such as {@code us/op}
     * @param allocatedBytesPerOp bytes allocated per operation ({@code -prof gc}), NaN when not profiled
     */
    record Score(String benchmarkClass, String method, Map<String, String> params, double score, double error,
            String unit, double allocatedBytesPerOp) {

        static List<Score> parse(JsonNode results) {
            List<Score> scores = new ArrayList<>();
            for (JsonNode result : results) {
                String benchmark = result.path("benchmark").asText();
                int lastDot = benchmark.lastIndexOf('.');
                String className = benchmark.substring(0, lastDot);
                className = className.substring(className.lastIndexOf('.') + 1);
                Map<String, String> params = new TreeMap<>();
                result.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
                JsonNode metric = result.path("primaryMetric");
                double error = metric.path("scoreError").isNumber() ? metric.path("scoreError").asDouble() : Double.NaN;
                double allocated = Double.NaN;
                var secondary = result.path("secondaryMetrics").fields();
                while (secondary.hasNext()) {
                    var entry = secondary.next();
                    if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
                        allocated = entry.getValue().path("score").asDouble();
                    }
                }
                scores.add(new Score(className, benchmark.substring(lastDot + 1), params,
                        metric.path("score").asDouble(), error, metric.path("scoreUnit").asText(), allocated));
            }
            return scores;
        }

        String paramText() {
            if (params.isEmpty()) {
                return "";
            }
            Map<String, String> copy = new LinkedHashMap<>(params);
            StringBuilder text = new StringBuilder();
            copy.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append('=').append(v));
            return text.toString();
        }

        String text() {
            return plusMinus(score, error) + " " + unit;
        }

        double secondsPerOp() {
            return switch (unit) {
                case "ns/op" -> score * 1e-9;
                case "us/op" -> score * 1e-6;
                case "ms/op" -> score * 1e-3;
                case "s/op" -> score;
                default -> throw new IllegalStateException("not a time per operation: " + unit);
            };
        }
    }

    /**
     * A comparison's measured ratio.
     *
     * @param comparison what is compared
     * @param subject yusuan's score
     * @param baseline the baseline's score, same parameters
     * @param value subject / baseline
     * @param error the combined error, NaN when a score has none
     */
    record Ratio(Comparison comparison, Score subject, Score baseline, double value, double error) {

        static Ratio of(Comparison comparison, Score subject, Score baseline) {
            if (!subject.unit().equals(baseline.unit())) {
                throw new IllegalStateException("units differ: " + subject + " / " + baseline);
            }
            Objects.requireNonNull(comparison);
            double value = subject.score() / baseline.score();
            double error = value * Math.sqrt(Math.pow(subject.error() / subject.score(), 2)
                    + Math.pow(baseline.error() / baseline.score(), 2));
            return new Ratio(comparison, subject, baseline, value, error);
        }

        String text() {
            return plusMinus(value, error);
        }

        String met() {
            if (value <= comparison.goal() && (Double.isNaN(error) || value + error <= comparison.goal())) {
                return "yes";
            } else if (value > comparison.goal() && (Double.isNaN(error) || value - error > comparison.goal())) {
                return "**no**";
            }
            return "within error";
        }
    }
}
