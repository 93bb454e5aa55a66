package org.yusuan.benchmarks;

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
import org.yusuan.io.text.DisclosureTextImporter;
import org.yusuan.io.text.ImportResult;
import org.yusuan.testkit.Fixtures;

/**
 * Text import (文本导入) of each real disclosure text: the time to import one document with {@link
 * DisclosureTextImporter#importText}; the report turns it into MB/s of UTF-8 text. There is no baseline: no other
 * library reads these documents.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl budget-benchmarks -am -DskipTests package
 * java -jar budget-benchmarks/target/benchmarks.jar TextImportBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class TextImportBenchmark {

    /** Which real disclosure text. */
    @Param({Fixtures.KORLA_CITY_GOV_OFFICE, Fixtures.KORLA_ETDZ_PARTY_GOV_OFFICE,
            Fixtures.KORLA_ETDZ_SOCIAL_AFFAIRS_CENTER})
    public String fixture;

    private final DisclosureTextImporter importer = DisclosureTextImporter.standard();
    private String text;

    /** Loads the text once. */
    @Setup
    public void load() {
        text = Fixtures.text(fixture);
    }

    /**
     * Imports the whole document: tables, narrative, other matters, performance sheets, and the report of what was
     * read.
     *
     * @return the result, so the work is not optimized away
     */
    @Benchmark
    public ImportResult importText() {
        return importer.importText(text, fixture);
    }
}
