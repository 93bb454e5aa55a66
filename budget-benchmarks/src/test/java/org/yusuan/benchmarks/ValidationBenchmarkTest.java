package org.yusuan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.validation.ValidationReport;

/** The validation benchmark run once outside JMH: it validates, and its baseline reads the same disclosure. */
class ValidationBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"typical", "large"})
    void validatesAndItsBaselineReadsTheSameDisclosure(String size) {
        ValidationBenchmark benchmark = new ValidationBenchmark();
        benchmark.size = size;
        benchmark.prepare();

        ValidationReport report = benchmark.validateYusuan();

        assertEquals(Samples.of(size), benchmark.readJsonYusuan());
        // The real fixture has real mistakes, and the large one repeats codes: both have findings.
        assertFalse(report.findings().isEmpty());
    }
}
