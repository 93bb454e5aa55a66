package org.yusuan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yusuan.io.json.internal.JsonNames;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Disclosures;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.CarryoverColumn;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FiscalIncomeColumn;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.model.table.RevenueColumn;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.testkit.Fixtures;

/** Proves that what {@link BudgetJson} writes is valid under the JSON Schema it ships, and that the two agree. */
class JsonSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(BudgetJson.schema());

    private final BudgetJson json = BudgetJson.standard();

    @Test
    void theRealDisclosureAsWrittenIsValidUnderTheSchema() throws IOException {
        Set<ValidationMessage> problems = SCHEMA.validate(MAPPER.readTree(json.write(Fixtures.korlaCityGovOffice())));

        assertEquals(Set.of(), problems);
    }

    @Property(tries = 100)
    void anyDisclosureAsWrittenIsValidUnderTheSchema(@ForAll("disclosures") BudgetDisclosure disclosure)
            throws IOException {
        Set<ValidationMessage> problems = SCHEMA.validate(MAPPER.readTree(json.write(disclosure)));

        assertEquals(Set.of(), problems);
    }

    @Test
    void theSchemaRefusesADocumentWithoutFormatOrWithAnUnknownField() throws IOException {
        JsonNode noFormat = MAPPER.readTree("{\"version\":1,\"entityName\":\"x\",\"entityKind\":\"UNIT\",\"fiscalYear\":2024}");
        JsonNode unknown = MAPPER.readTree("{\"format\":\"yusuan-disclosure\",\"version\":1,\"entityName\":\"x\","
                + "\"entityKind\":\"UNIT\",\"fiscalYear\":2024,\"colour\":\"red\"}");

        assertFalse(SCHEMA.validate(noFormat).isEmpty());
        assertFalse(SCHEMA.validate(unknown).isEmpty());
    }

    @Test
    void theSchemaNamesEveryTableAndEveryAmountColumnTheWriterUses() throws IOException {
        JsonNode defs = MAPPER.readTree(BudgetJson.schema()).get("$defs");
        Set<String> tableKeys = names(defs.get("tables").get("properties"));
        Set<String> expectedTables = new TreeSet<>();
        for (TableKind kind : TableKind.values()) {
            expectedTables.add(JsonNames.tableKey(kind));
        }
        assertEquals(expectedTables, tableKeys);

        List<Class<? extends Enum<?>>> columnTypes = List.of(SummaryColumn.class, RevenueColumn.class,
                ExpenditureColumn.class, FiscalIncomeColumn.class, FiscalExpenditureColumn.class,
                BasicExpenditureColumn.class, ProjectExpenditureColumn.class, FundExpenditureColumn.class,
                ThreePublicExpenseColumn.class, CarryoverColumn.class);
        for (Class<? extends Enum<?>> type : columnTypes) {
            JsonNode amounts = defs.get(type.getSimpleName() + "Amounts");
            Set<String> expected = new TreeSet<>();
            for (Enum<?> column : type.getEnumConstants()) {
                expected.add(JsonNames.camelCase(column));
            }
            assertEquals(expected, names(amounts.get("properties")), type.getSimpleName());
        }
    }

    @Test
    void theExampleInTheDocsReadsAndIsValidUnderTheSchema() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "json-format.md"), StandardCharsets.UTF_8);
        int start = docs.indexOf("```json\n") + "```json\n".length();
        String example = docs.substring(start, docs.indexOf("```", start));

        BudgetDisclosure read = json.read(example, "docs/json-format.md");

        assertEquals("库尔勒市人民政府办公室", read.getEntityName());
        assertTrue(read.getGovernmentFundExpenditure().orElseThrow().isDeclaredEmpty());
        assertEquals(Set.of(), SCHEMA.validate(MAPPER.readTree(example)));
        assertTrue(docs.contains("budget-io/src/main/resources/org/yusuan/io/json/disclosure-v1.schema.json"));
        assertTrue(Files.exists(Path.of("src/main/resources/org/yusuan/io/json/disclosure-v1.schema.json")));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            names.add(property.getKey());
        }
        return names;
    }

    @Provide
    Arbitrary<BudgetDisclosure> disclosures() {
        return Disclosures.any();
    }
}
