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
import java.io.StringWriter;
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
 * The reader predicts each field's name from the order of the last object of the same kind, and keeps the fields
 * read as bits its kind has learned: whatever the order of a document's fields, and whatever order was read before
 * it, the disclosure read is the same; a field given twice is refused wherever it is, even where the prediction names
 * it; a required field is refused missing after objects of its kind that had it.
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

    @Property(tries = 80)
    void aFieldGivenTwiceInAnyObjectAtAnyPlaceIsRefusedNamingIt(@ForAll("disclosures") BudgetDisclosure disclosure,
            @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        JsonNode tree = TREES.readTree(json.write(disclosure));
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(tree, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        int at = random.nextInt(names.size() + 1);
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = TREES.createGenerator(out)) {
            writeWithDuplicate(generator, tree, target, name, at);
        }
        String twice = out.toString();
        // Read after the writer's order, so that whether the names are predicted varies with the place.
        assertEquals(disclosure, read(json.write(disclosure)));

        ReadException fast = assertThrows(ReadException.class, () -> read(twice));
        ReadException exact = assertThrows(ReadException.class, () -> json.read(twice, "d.json"));

        for (ReadException e : List.of(fast, exact)) {
            assertTrue(e.getMessage().contains("the field \"" + name + "\" is given twice"), e.getMessage());
        }
    }

    @Test
    void aRequiredFieldMissingFromAnObjectAfterOthersOfItsKindIsRefusedNamingIt() throws IOException {
        BudgetDisclosure fixture = Fixtures.korlaCityGovOffice();
        String written = json.write(fixture);
        for (String required : List.of("firstLevel", "secondLevel", "name", "target")) {
            JsonNode tree = TREES.readTree(written);
            ArrayNode targets = (ArrayNode) tree.get("projectPerformanceTargets");
            ArrayNode indicators = (ArrayNode) targets.get(targets.size() - 1).get("indicators");
            assertTrue(indicators.size() > 1, "the last indicator comes after others");
            ((ObjectNode) indicators.get(indicators.size() - 1)).remove(required);
            String missing = TREES.writeValueAsString(tree);
            assertEquals(fixture, read(written));

            ReadException e = assertThrows(ReadException.class, () -> read(missing));

            assertTrue(e.getMessage().contains("missing field \"" + required + "\" in a performance indicator"),
                    e.getMessage());
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object && !object.isEmpty()) {
            objects.add(object);
        }
        node.forEach(child -> collectObjects(child, objects));
    }

    /** Writes a tree with one field of one object given a second time, at a position among its fields. */
    private static void writeWithDuplicate(JsonGenerator generator, JsonNode node, ObjectNode target, String name,
            int at) throws IOException {
        if (node instanceof ObjectNode object) {
            generator.writeStartObject();
            int index = 0;
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (object == target && index == at) {
                    generator.writeFieldName(name);
                    writeWithDuplicate(generator, object.get(name), target, name, at);
                }
                generator.writeFieldName(field.getKey());
                writeWithDuplicate(generator, field.getValue(), target, name, at);
                index++;
            }
            if (object == target && index == at) {
                generator.writeFieldName(name);
                writeWithDuplicate(generator, object.get(name), target, name, at);
            }
            generator.writeEndObject();
        } else if (node instanceof ArrayNode array) {
            generator.writeStartArray();
            for (JsonNode element : array) {
                writeWithDuplicate(generator, element, target, name, at);
            }
            generator.writeEndArray();
        } else {
            generator.writeTree(node);
        }
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
