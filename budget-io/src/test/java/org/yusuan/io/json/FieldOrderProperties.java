package org.yusuan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yusuan.io.ReadException;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Disclosures;
import org.yusuan.testkit.Fixtures;

/**
 * The reader predicts each field's name from the order of the last object of the same kind: whatever the order of a
 * document's fields, and whatever order was read before it, the disclosure read is the same, and a field given twice
 * is refused even where the prediction names it.
 */
class FieldOrderProperties {

    private static final ObjectMapper TREES = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final BudgetJson json = BudgetJson.standard();

    @Property(tries = 60)
    void aDisclosureWithItsFieldsInAnyOrderIsReadTheSameBetweenDocumentsInTheWritersOrder(
            @ForAll("disclosures") BudgetDisclosure disclosure, @ForAll long seed) throws IOException {
        String written = json.write(disclosure);
        String shuffled = TREES.writeValueAsString(shuffled(TREES.readTree(written), new Random(seed)));

        // In turn, so that each is read with the order of the other one predicted.
        assertEquals(disclosure, read(written));
        assertEquals(disclosure, read(shuffled));
        assertEquals(disclosure, read(written));
        assertEquals(disclosure, json.read(shuffled, "shuffled.json"), "read as text");
    }

    @Provide
    Arbitrary<BudgetDisclosure> disclosures() {
        return Disclosures.any();
    }

    @Test
    void aFieldGivenTwiceIsRefusedWhereItIsThePredictedName() {
        BudgetDisclosure fixture = Fixtures.korlaCityGovOffice();
        String written = json.write(fixture);
        // Rows of 表5 are written as code, name, amounts: after a first "name" the prediction is "name" again.
        String row = "{\"code\":\"201\",\"name\":\"一般公共服务支出\",\"amounts\":{";
        assertTrue(written.contains(row), "the fixture has the row the test changes");
        String twice = written.replaceFirst(java.util.regex.Pattern.quote(row),
                "{\"name\":\"一般公共服务支出\",\"name\":\"又一个\",\"amounts\":{");
        assertEquals(fixture, read(written));

        ReadException e = assertThrows(ReadException.class, () -> read(twice));

        assertTrue(e.getMessage().contains("the field \"name\" is given twice"), e.getMessage());
        assertEquals(fixture, read(written), "a refused document teaches the reader nothing wrong");
    }

    private BudgetDisclosure read(String text) {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "d.json");
    }

    /** The same tree with the fields of every object in a random order. */
    private static JsonNode shuffled(JsonNode node, Random random) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
            Collections.shuffle(fields, random);
            ObjectNode copy = TREES.createObjectNode();
            for (Map.Entry<String, JsonNode> field : fields) {
                copy.set(field.getKey(), shuffled(field.getValue(), random));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = TREES.createArrayNode();
            array.forEach(element -> copy.add(shuffled(element, random)));
            return copy;
        }
        return node;
    }
}
