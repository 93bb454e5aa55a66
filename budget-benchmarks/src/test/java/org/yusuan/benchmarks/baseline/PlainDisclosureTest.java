package org.yusuan.benchmarks.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.benchmarks.Samples;
import org.yusuan.io.json.BudgetJson;

class PlainDisclosureTest {

    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @ParameterizedTest
    @ValueSource(strings = {"typical", "large"})
    void plainClassesCarryEveryFieldOfTheJsonThatBudgetJsonWrites(String size) throws IOException {
        String json = BudgetJson.standard().write(Samples.of(size));
        ObjectMapper plain = PlainJackson.mapper();

        PlainDisclosure bound = plain.readValue(json, PlainDisclosure.class);
        String rewritten = plain.writeValueAsString(bound);

        JsonNode expected = TREES.readTree(json);
        JsonNode actual = TREES.readTree(rewritten);
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"typical", "large"})
    void budgetJsonReadsWhatThePlainClassesWrite(String size) throws IOException {
        var disclosure = Samples.of(size);
        ObjectMapper plain = PlainJackson.mapper();
        PlainDisclosure bound = plain.readValue(BudgetJson.standard().write(disclosure), PlainDisclosure.class);

        assertEquals(disclosure, BudgetJson.standard().read(plain.writeValueAsString(bound), "plain.json"));
    }
}
