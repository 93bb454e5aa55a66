package org.yusuan.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.yusuan.io.csv.LongCsv;
import org.yusuan.model.BudgetDisclosure;

/**
 * Long CSV (长表 CSV, one printed cell a line) read and written by {@link LongCsv#standard()}, against FastCSV reading
 * the same file into {@code String[]} records and writing the same records back: the practical limit of any CSV
 * reader, since it interprets nothing (goal: ratio ≤ 2). Both read from and write to a file in a temporary folder.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl budget-benchmarks -am -DskipTests package
 * java -jar budget-benchmarks/target/benchmarks.jar LongCsvBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class LongCsvBenchmark {

    /** {@code typical} ({@link Samples#typical()}) or {@code large} ({@link Samples#large()}). */
    @Param({"typical", "large"})
    public String size;

    private final LongCsv csv = LongCsv.standard();
    private Path folder;
    private Path input;
    private Path output;
    private List<BudgetDisclosure> disclosures;
    private List<String[]> records;

    /** Writes the file once with {@link LongCsv}, and reads its records once for the write baseline. */
    @Setup
    public void prepare() throws IOException {
        folder = Files.createTempDirectory("yusuan-long-csv");
        input = folder.resolve("input.csv");
        output = folder.resolve("output.csv");
        disclosures = List.of(Samples.of(size));
        csv.write(disclosures, input);
        records = readFastCsvStrings();
    }

    /** Deletes the temporary files. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(input);
        Files.deleteIfExists(output);
        Files.deleteIfExists(folder);
    }

    /**
     * Reads the disclosures from the file.
     *
     * @return the disclosures, so the work is not optimized away
     */
    @Benchmark
    public List<BudgetDisclosure> readYusuan() throws IOException {
        return csv.read(input);
    }

    /**
     * The baseline: FastCSV reads the same file into {@code String[]} records.
     *
     * @return the records, so the work is not optimized away
     */
    @Benchmark
    public List<String[]> readFastCsvStrings() {
        List<String[]> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(input)) {
            for (CsvRecord record : reader) {
                rows.add(record.getFields().toArray(new String[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * Writes the disclosures to a file.
     *
     * @return the file, so the work is not optimized away
     */
    @Benchmark
    public Path writeYusuan() throws IOException {
        csv.write(disclosures, output);
        return output;
    }

    /**
     * The baseline: FastCSV writes the same records from {@code String[]}.
     *
     * @return the file, so the work is not optimized away
     */
    @Benchmark
    public Path writeFastCsvStrings() {
        try (CsvWriter writer = CsvWriter.builder().build(output)) {
            for (String[] record : records) {
                writer.writeRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return output;
    }
}
