package org.yusuan.benchmarks;

import java.io.ByteArrayInputStream;
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
import org.yusuan.io.json.BudgetJson;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.validation.DisclosureValidator;
import org.yusuan.validation.ValidationReport;

/**
 * Validation (校验) of a disclosure with {@link DisclosureValidator#standard()} (Bean Validation and every rule)
 * against its baseline, reading the same disclosure from JSON with {@link BudgetJson#standard()}: checking a
 * disclosure should cost no more than reading it (goal: ratio ≤ 1).
 *
 * <pre>{@code
 * ./mvnw -B -q -pl budget-benchmarks -am -DskipTests package
 * java -jar budget-benchmarks/target/benchmarks.jar ValidationBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmark {

    /** {@code typical} ({@link Samples#typical()}) or {@code large} ({@link Samples#large()}). */
    @Param({"typical", "large"})
    public String size;

    private final DisclosureValidator validator = DisclosureValidator.standard();
    private final BudgetJson json = BudgetJson.standard();
    private BudgetDisclosure disclosure;
    private byte[] bytes;

    /** Builds the disclosure and its JSON once. */
    @Setup
    public void prepare() {
        disclosure = Samples.of(size);
        bytes = json.write(disclosure).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Validates the disclosure.
     *
     * @return the report, so the work is not optimized away
     */
    @Benchmark
    public ValidationReport validateYusuan() {
        return validator.validate(disclosure);
    }

    /**
     * The baseline: reads the same disclosure from its JSON.
     *
     * @return the disclosure, so the work is not optimized away
     */
    @Benchmark
    public BudgetDisclosure readJsonYusuan() {
        return json.read(new ByteArrayInputStream(bytes), "disclosure.json");
    }
}
