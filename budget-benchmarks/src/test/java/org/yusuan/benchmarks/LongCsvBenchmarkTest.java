package org.yusuan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.model.BudgetDisclosure;

/** The long CSV benchmark run once outside JMH: both sides read and write the same file's records. */
class LongCsvBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"typical", "large"})
    void readsBackTheDisclosureAndTheBaselineWritesTheSameBytes(String size) throws IOException {
        LongCsvBenchmark benchmark = new LongCsvBenchmark();
        benchmark.size = size;
        benchmark.prepare();
        try {
            List<BudgetDisclosure> read = benchmark.readYusuan();
            assertEquals(List.of(Samples.of(size)), read);
            List<String[]> records = benchmark.readFastCsvStrings();
            assertTrue(records.size() > 100, records.size() + " records");

            long yusuanBytes = Files.size(benchmark.writeYusuan());
            long fastCsvBytes = Files.size(benchmark.writeFastCsvStrings());
            assertTrue(yusuanBytes > 0);
            assertTrue(Math.abs(yusuanBytes - fastCsvBytes) < yusuanBytes / 20,
                    "yusuan wrote " + yusuanBytes + " bytes, FastCSV " + fastCsvBytes);
        } finally {
            benchmark.delete();
        }
    }
}
