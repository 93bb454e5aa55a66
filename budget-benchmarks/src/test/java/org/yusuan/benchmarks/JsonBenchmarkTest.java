package org.yusuan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON benchmark run once outside JMH: it does the real work, and its baseline works on the same data. */
class JsonBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"typical", "large"})
    void readsBackTheDisclosureAndWritesAsManyBytesAsThePlainClasses(String size) throws IOException {
        JsonBenchmark benchmark = new JsonBenchmark();
        benchmark.size = size;
        benchmark.prepare();

        assertEquals(Samples.of(size), benchmark.readYusuan());
        assertEquals(Samples.of(size).getProjectPerformanceTargets().size(),
                benchmark.readPlainJackson().projectPerformanceTargets.size());
        int written = benchmark.writeYusuan();
        assertTrue(written > 10_000, "wrote " + written + " bytes");
        int plainWritten = benchmark.writePlainJackson();
        assertTrue(Math.abs(written - plainWritten) < written / 20,
                "yusuan wrote " + written + " bytes, plain Jackson " + plainWritten);
    }
}
