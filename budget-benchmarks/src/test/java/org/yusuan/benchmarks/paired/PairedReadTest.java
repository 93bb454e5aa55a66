package org.yusuan.benchmarks.paired;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.yusuan.benchmarks.Samples;
import org.yusuan.io.json.BudgetJson;

class PairedReadTest {

    @Test
    void aRunReportsEachRatioWithItsQuartilesAndTheMeanTimeOfEachReader() throws IOException {
        byte[] bytes = BudgetJson.standard().write(Samples.typical()).getBytes(StandardCharsets.UTF_8);

        JsonNode result = new ObjectMapper().readTree(new PairedRead(bytes).run("typical", 5, 1, 2));

        assertEquals("typical", result.path("size").asText());
        assertEquals(bytes.length, result.path("bytes").asInt());
        assertEquals(5, result.path("rounds").asInt());
        for (String ratio : new String[] {"yusuanOverPlain", "yusuanOverRaw", "plainOverRaw"}) {
            JsonNode q = result.path(ratio);
            assertTrue(q.path("q1").asDouble() > 0, ratio);
            assertTrue(q.path("q1").asDouble() <= q.path("median").asDouble(), ratio);
            assertTrue(q.path("median").asDouble() <= q.path("q3").asDouble(), ratio);
        }
        for (String reader : new String[] {"yusuan", "plain", "raw"}) {
            assertTrue(result.path("meanMicros").path(reader).asDouble() > 0, reader);
        }
    }

    @Test
    void quartilesInterpolateBetweenTheNearestValues() throws IOException {
        JsonNode q = new ObjectMapper().readTree(PairedRead.quartiles(new double[] {4, 1, 3, 2}));

        assertEquals(2.5, q.path("median").asDouble(), 1e-9);
        assertEquals(1.75, q.path("q1").asDouble(), 1e-9);
        assertEquals(3.25, q.path("q3").asDouble(), 1e-9);
    }
}
