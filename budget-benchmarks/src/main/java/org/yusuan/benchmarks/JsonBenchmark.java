package org.yusuan.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yusuan.benchmarks.baseline.PlainDisclosure;
import org.yusuan.benchmarks.baseline.PlainJackson;
import org.yusuan.io.json.BudgetJson;
import org.yusuan.model.BudgetDisclosure;

/**
 * JSON (JSON 读写) of a disclosure with {@link BudgetJson#standard()}, against plain Jackson binding the same bytes to
 * {@link PlainDisclosure}, the simple mutable classes of the same shape a user would write instead (goal: ratio ≤
 * 1.2). Both read from a byte stream in memory and write to one.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl budget-benchmarks -am -DskipTests package
 * java -jar budget-benchmarks/target/benchmarks.jar JsonBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmark {

    /** {@code typical} ({@link Samples#typical()}) or {@code large} ({@link Samples#large()}). */
    @Param({"typical", "large"})
    public String size;

    private final BudgetJson json = BudgetJson.standard();
    private final ObjectMapper plain = PlainJackson.mapper();
    private BudgetDisclosure disclosure;
    private PlainDisclosure plainDisclosure;
    private byte[] bytes;
    private ByteArrayOutputStream out;

    /** Writes the disclosure's JSON once and binds it once to the plain classes. */
    @Setup
    public void prepare() throws IOException {
        disclosure = Samples.of(size);
        bytes = json.write(disclosure).getBytes(StandardCharsets.UTF_8);
        plainDisclosure = plain.readValue(bytes, PlainDisclosure.class);
        out = new ByteArrayOutputStream(bytes.length * 2);
    }

    /**
     * Reads the disclosure.
     *
     * @return the disclosure, so the work is not optimized away
     */
    @Benchmark
    public BudgetDisclosure readYusuan() {
        return json.read(new ByteArrayInputStream(bytes), "disclosure.json");
    }

    /**
     * The baseline: plain Jackson reads the same bytes into the plain classes.
     *
     * @return the plain disclosure, so the work is not optimized away
     */
    @Benchmark
    public PlainDisclosure readPlainJackson() throws IOException {
        return plain.readValue(new ByteArrayInputStream(bytes), PlainDisclosure.class);
    }

    /**
     * Writes the disclosure.
     *
     * @return the byte count, so the work is not optimized away
     */
    @Benchmark
    public int writeYusuan() {
        out.reset();
        json.write(disclosure, out);
        return out.size();
    }

    /**
     * The baseline: plain Jackson writes the plain classes.
     *
     * @return the byte count, so the work is not optimized away
     */
    @Benchmark
    public int writePlainJackson() throws IOException {
        out.reset();
        plain.writeValue(out, plainDisclosure);
        return out.size();
    }
}
