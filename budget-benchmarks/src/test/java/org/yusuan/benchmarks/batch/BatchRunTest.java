package org.yusuan.benchmarks.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.io.json.BudgetJson;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.validation.DisclosureValidator;

class BatchRunTest {

    @Test
    void generatedPoolIsTheSameForTheSameSeed() {
        List<BudgetDisclosure> first = BatchRun.generate(3, 7L);
        List<BudgetDisclosure> second = BatchRun.generate(3, 7L);

        assertEquals(first, second);
        assertEquals(3, first.size());
    }

    @Test
    void runReadsAndValidatesEveryLineAndReportsBytesAndHeap() throws IOException {
        BudgetJson json = BudgetJson.standard();
        List<byte[]> pool = BatchRun.lines(json, BatchRun.generate(4, 11L));
        long poolBytes = pool.stream().mapToLong(line -> line.length).sum();

        JsonNode result = new ObjectMapper().readTree(
                BatchRun.run(json, DisclosureValidator.standard(), pool, 10, 11L));

        assertEquals(10, result.path("disclosures").asLong());
        assertEquals(4, result.path("pool").asInt());
        assertEquals(2 * poolBytes + pool.get(0).length + pool.get(1).length, result.path("bytes").asLong());
        assertTrue(result.path("peakHeapUsedBytes").asLong() > 0);
        assertTrue(result.path("seconds").asDouble() > 0);
    }

    @Test
    void eachPoolLineIsOneJsonLineThatReadsBackToItsDisclosure() {
        BudgetJson json = BudgetJson.standard();
        List<BudgetDisclosure> disclosures = BatchRun.generate(2, 3L);
        List<byte[]> lines = BatchRun.lines(json, disclosures);

        for (int i = 0; i < lines.size(); i++) {
            String line = new String(lines.get(i), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(line.endsWith("\n"));
            assertEquals(line.length() - 1, line.indexOf('\n'));
            assertEquals(disclosures.get(i), json.read(line, "line"));
        }
    }
}
