package org.yusuan.benchmarks.paired;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.yusuan.benchmarks.Samples;
import org.yusuan.benchmarks.baseline.PlainDisclosure;
import org.yusuan.benchmarks.baseline.PlainJackson;
import org.yusuan.io.json.BudgetJson;

/**
 * The paired read (交替测量) of one sample disclosure's JSON, a diagnostic beside {@code JsonBenchmark}: three readers
 * timed in turn, round after round, in one JVM, and the ratio of their times taken per round.
 *
 * <ul>
 *   <li>{@code yusuan}: {@link BudgetJson#standard()} reads the disclosure, as {@code JsonBenchmark.readYusuan};</li>
 *   <li>{@code plain}: plain Jackson binds the same bytes to {@link PlainDisclosure}, as
 *       {@code JsonBenchmark.readPlainJackson};</li>
 *   <li>{@code raw}: Jackson's tokenizer alone goes through the same bytes, making each field name and string a
 *       String and each number a BigDecimal, and builds nothing: what every reader of the document must do at
 *       least.</li>
 * </ul>
 *
 * <p>On a machine whose speed drifts by tens of percent from one second to the next (a shared virtual machine), JMH's
 * forks of two benchmarks run minutes apart and their ratio carries the drift; here the three run within
 * milliseconds of each other, so each round's ratio does not, and the median of the rounds is stable to a percent or
 * two. The price is one JVM for all three: they share the JIT's profile of Jackson's parser, which JMH's forks do
 * not. JMH remains the measure of the goals; this shows where the time goes ({@code yusuan/raw} against {@code
 * plain/raw}) and whether a change helped.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl budget-benchmarks -am -DskipTests package
 * java -Xms1g -Xmx1g -cp budget-benchmarks/target/benchmarks.jar org.yusuan.benchmarks.paired.PairedRead --size typical
 * }</pre>
 *
 * <p>Options: {@code --size typical|large} (typical), {@code --rounds N} (200), {@code --warmup N} rounds not counted
 * (100), {@code --ops N} reads of each reader per round (200 for the typical disclosure, 10 for the large one). Prints
 * one JSON line: per ratio its median and quartiles over the rounds, and the mean time per read of each reader.
 */
public final class PairedRead {

    /** Keeps what is read, so that the reading is not optimized away. */
    private static volatile Object sink;

    private final BudgetJson json = BudgetJson.standard();
    private final ObjectMapper plain = PlainJackson.mapper();
    private final JsonFactory tokens = new JsonFactory();
    private final byte[] bytes;

    PairedRead(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Runs the paired read.
     *
     * @param args the options above
     */
    public static void main(String[] args) {
        String size = "typical";
        int rounds = 200;
        int warmup = 100;
        int ops = -1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = args[++i];
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--ops" -> ops = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --size typical|large, --rounds N, --warmup N, --ops N");
            }
        }
        if (ops < 0) {
            ops = size.equals("large") ? 10 : 200;
        }
        byte[] bytes = BudgetJson.standard().write(Samples.of(size)).getBytes(StandardCharsets.UTF_8);
        String result = new PairedRead(bytes).run(size, rounds, warmup, ops);
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println(result);
    }

    /**
     * Times the three readers in turn and describes the result as one line of JSON.
     *
     * @param size the sample's name, for the result
     * @param rounds the rounds counted
     * @param warmup the rounds run first and not counted
     * @param ops the reads of each reader per round
     * @return the result as one line of JSON
     */
    String run(String size, int rounds, int warmup, int ops) {
        for (int r = 0; r < warmup; r++) {
            round(r, ops);
        }
        double[] yusuanOverPlain = new double[rounds];
        double[] yusuanOverRaw = new double[rounds];
        double[] plainOverRaw = new double[rounds];
        long[] total = new long[3];
        for (int r = 0; r < rounds; r++) {
            long[] nanos = round(r, ops);
            yusuanOverPlain[r] = (double) nanos[0] / nanos[1];
            yusuanOverRaw[r] = (double) nanos[0] / nanos[2];
            plainOverRaw[r] = (double) nanos[1] / nanos[2];
            for (int k = 0; k < 3; k++) {
                total[k] += nanos[k];
            }
        }
        double reads = (double) rounds * ops;
        return String.format(Locale.ROOT, "{\"size\":\"%s\",\"bytes\":%d,\"rounds\":%d,\"ops\":%d,"
                + "\"yusuanOverPlain\":%s,\"yusuanOverRaw\":%s,\"plainOverRaw\":%s,"
                + "\"meanMicros\":{\"yusuan\":%.1f,\"plain\":%.1f,\"raw\":%.1f}}",
                size, bytes.length, rounds, ops, quartiles(yusuanOverPlain), quartiles(yusuanOverRaw),
                quartiles(plainOverRaw), total[0] / reads / 1000, total[1] / reads / 1000, total[2] / reads / 1000);
    }

    /**
     * One round: each reader {@code ops} times, the order turning with the round so that none always follows the
     * same one.
     *
     * @return the nanoseconds of yusuan, plain and raw, in that order
     */
    private long[] round(int round, int ops) {
        long[] nanos = new long[3];
        for (int turn = 0; turn < 3; turn++) {
            int reader = (round + turn) % 3;
            long start = System.nanoTime();
            for (int i = 0; i < ops; i++) {
                sink = read(reader);
            }
            nanos[reader] = System.nanoTime() - start;
        }
        return nanos;
    }

    private Object read(int reader) {
        try {
            return switch (reader) {
                case 0 -> json.read(new ByteArrayInputStream(bytes), "disclosure.json");
                case 1 -> plain.readValue(new ByteArrayInputStream(bytes), PlainDisclosure.class);
                default -> tokens(new ByteArrayInputStream(bytes));
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Goes through every token, making each name and string a String and each number a BigDecimal. */
    private Object tokens(ByteArrayInputStream in) throws IOException {
        Object last = null;
        try (JsonParser p = tokens.createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
                    last = p.getText();
                } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    last = p.getDecimalValue();
                }
            }
        }
        return last;
    }

    /** The median and quartiles of the values, as a JSON object. */
    static String quartiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "{\"median\":%.3f,\"q1\":%.3f,\"q3\":%.3f}", quantile(sorted, 0.5),
                quantile(sorted, 0.25), quantile(sorted, 0.75));
    }

    /** A quantile of sorted values, interpolated between the two nearest. */
    private static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }
}
