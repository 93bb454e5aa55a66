package org.yusuan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.io.text.ImportResult;
import org.yusuan.model.table.TableKind;

/** The text import benchmark run once outside JMH: it imports each whole fixture. */
class TextImportBenchmarkTest {

    @ParameterizedTest
    @MethodSource("org.yusuan.testkit.Fixtures#disclosureTexts")
    void importsEachFixtureWithItsTables(String fixture) {
        TextImportBenchmark benchmark = new TextImportBenchmark();
        benchmark.fixture = fixture;
        benchmark.load();

        ImportResult result = benchmark.importText();

        assertFalse(result.disclosure().getEntityName().isBlank());
        assertEquals(TableKind.values().length, result.report().tables().size());
        assertFalse(result.disclosure().tables().isEmpty());
    }
}
