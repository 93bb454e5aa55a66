package org.yusuan.benchmarks.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.yusuan.io.json.BudgetJson;
import org.yusuan.io.json.JsonLinesReader;
import org.yusuan.io.json.JsonLinesWriter;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Disclosures;
import org.yusuan.validation.DisclosureValidator;

/**
 * The batch run (批量处理): reads a JSON Lines stream of generated disclosures with {@link BudgetJson#readLines} and
 * validates each with {@link DisclosureValidator#standard()}, one at a time as a user processing a province would,
 * and prints throughput and heap as one JSON line.
 *
 * <p>The stream repeats a pool of distinct disclosures generated from {@link Disclosures#valid()} with a fixed seed
 * (see {@link RepeatingLines}), so it can be as long as wanted without the disk and the producer costs only a copy.
 * Run it in a JVM of its own with a small heap, at growing counts; the largest heap left after a collection must not
 * grow with the count:
 *
 * <pre>{@code
 * ./mvnw -B -q -pl budget-benchmarks -am -DskipTests package
 * java -Xmx256m -cp budget-benchmarks/target/benchmarks.jar org.yusuan.benchmarks.batch.BatchRun --count 100000
 * }</pre>
 *
 * <p>Before the timed run, the pool is read and validated twice (not counted), so the run measures compiled code.
 *
 * <p>Options: {@code --count N} (100000), {@code --pool N} distinct disclosures (200), {@code --seed N} (20240101),
 * {@code --out FILE} to append the result line to.
 */
public final class BatchRun {

    private BatchRun() {
    }

    /**
     * Runs the batch.
     *
     * @param args the options above
     * @throws IOException if the result file cannot be written
     */
    public static void main(String[] args) throws IOException {
        long count = 100_000;
        int poolSize = 200;
        long seed = 20240101L;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Long.parseLong(args[++i]);
                case "--pool" -> poolSize = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --count N, --pool N, --seed N, --out FILE");
            }
        }
        BudgetJson json = BudgetJson.standard();
        DisclosureValidator validator = DisclosureValidator.standard();
        List<byte[]> pool = lines(json, generate(poolSize, seed));
        // Two passes over the pool first, so that the timed run measures compiled code, not the JIT's warm-up.
        run(json, validator, pool, 2L * pool.size(), seed);
        String result = run(json, validator, pool, count, seed);
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println(result);
        if (out != null) {
            Files.writeString(out, result + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    /**
     * Distinct disclosures from {@link Disclosures#valid()}, the same for the same seed.
     *
     * @param size how many
     * @param seed the random seed
     * @return the disclosures, never null
     */
    static List<BudgetDisclosure> generate(int size, long seed) {
        List<BudgetDisclosure> disclosures = new ArrayList<>(size);
        JqwikSession.start();
        try {
            Arbitrary<BudgetDisclosure> valid = Disclosures.valid();
            RandomGenerator<BudgetDisclosure> generator = valid.generator(1000);
            Random random = new Random(seed);
            for (int i = 0; i < size; i++) {
                disclosures.add(generator.next(random).value());
            }
        } finally {
            JqwikSession.finish();
        }
        return disclosures;
    }

    /**
     * Each disclosure as one JSON line, written by {@link BudgetJson#writeLines}.
     *
     * @param json the JSON format
     * @param disclosures the disclosures
     * @return one line each, line break included
     */
    static List<byte[]> lines(BudgetJson json, List<BudgetDisclosure> disclosures) {
        List<byte[]> lines = new ArrayList<>(disclosures.size());
        for (BudgetDisclosure disclosure : disclosures) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonLinesWriter writer = json.writeLines(bytes)) {
                writer.write(disclosure);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines.add(bytes.toByteArray());
        }
        return lines;
    }

    /**
     * Reads and validates {@code count} lines taken in turn from the pool, and describes the run as a JSON object.
     *
     * @return the result as one line of JSON
     */
    static String run(BudgetJson json, DisclosureValidator validator, List<byte[]> pool, long count, long seed)
            throws IOException {
        long disclosures = 0;
        long findings = 0;
        long bytes;
        long nanos;
        try (HeapWatch heap = HeapWatch.start()) {
            long start = System.nanoTime();
            try (RepeatingLines in = new RepeatingLines(pool, count);
                    JsonLinesReader reader = json.readLines(in, "generated.jsonl")) {
                while (reader.hasNext()) {
                    BudgetDisclosure disclosure = reader.next();
                    findings += validator.validate(disclosure).findings().size();
                    disclosures++;
                }
                bytes = in.bytesRead();
            }
            nanos = System.nanoTime() - start;
            if (disclosures != count) {
                throw new IllegalStateException("read " + disclosures + " disclosures of " + count);
            }
            double seconds = nanos / 1e9;
            return String.format(Locale.ROOT, "{\"disclosures\":%d,\"pool\":%d,\"seed\":%d,\"bytes\":%d,"
                            + "\"seconds\":%.3f,\"disclosuresPerSecond\":%.1f,\"megabytesPerSecond\":%.2f,"
                            + "\"findings\":%d,\"maxHeapBytes\":%d,\"maxHeapAfterGcBytes\":%d,"
                            + "\"peakHeapUsedBytes\":%d,\"collections\":%d,\"gcMillis\":%d,\"java\":\"%s\"}",
                    disclosures, pool.size(), seed, bytes, seconds, disclosures / seconds, bytes / 1e6 / seconds,
                    findings, Runtime.getRuntime().maxMemory(), heap.maxHeapAfterGc(), heap.peakHeapUsed(),
                    heap.collections(), heap.gcMillisSinceStart(), System.getProperty("java.version"));
        }
    }
}
