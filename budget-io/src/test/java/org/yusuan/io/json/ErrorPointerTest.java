package org.yusuan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.yusuan.io.ReadException;
import org.yusuan.testkit.Fixtures;

/**
 * The JSON Pointer an error names is the field's or the object's, however deep, now that the reader builds pointers
 * only when it reports an error.
 */
class ErrorPointerTest {

    private static final ObjectMapper TREES = new ObjectMapper();

    private static ObjectNode fixture() throws IOException {
        return (ObjectNode) TREES.readTree(BudgetJson.standard().write(Fixtures.korlaCityGovOffice()));
    }

    private static ReadException readError(ObjectNode document) {
        return assertThrows(ReadException.class,
                () -> BudgetJson.standard().read(TREES.writeValueAsString(document), "case.json"));
    }

    @Test
    void unknownFieldInARowIsNamedByItsOwnPointer() throws IOException {
        ObjectNode document = fixture();
        ArrayNode rows = (ArrayNode) document.at("/tables/expenditureSummary/rows");
        ((ObjectNode) rows.get(2)).put("bogus", 1);

        ReadException e = readError(document);

        assertEquals("/tables/expenditureSummary/rows/2/bogus", e.field().orElseThrow(), e.getMessage());
        assertTrue(e.problem().contains("unknown field \"bogus\""), e.getMessage());
    }

    @Test
    void unknownFieldWhoseValueIsAnObjectIsNamedByItsOwnPointer() throws IOException {
        ObjectNode document = fixture();
        ((ObjectNode) document.at("/tables/revenueSummary")).putObject("extra").put("a", 1);

        ReadException e = readError(document);

        assertEquals("/tables/revenueSummary/extra", e.field().orElseThrow(), e.getMessage());
    }

    @Test
    void missingRequiredFieldIsNamedUnderItsObjectsPointer() throws IOException {
        ObjectNode document = fixture();
        ((ObjectNode) document.at("/tables/revenueSummary")).remove("unit");

        ReadException e = readError(document);

        assertEquals("/tables/revenueSummary/unit", e.field().orElseThrow(), e.getMessage());
        assertTrue(e.problem().contains("missing field \"unit\""), e.getMessage());
    }

    @Test
    void missingRequiredFieldOfAnArrayElementIsNamedWithItsIndex() throws IOException {
        ObjectNode document = fixture();
        ((ObjectNode) document.at("/narrativeSections/1")).remove("title");

        ReadException e = readError(document);

        assertEquals("/narrativeSections/1/title", e.field().orElseThrow(), e.getMessage());
    }

    @Test
    void valueTheModelRefusesIsNamedByItsObjectsPointer() throws IOException {
        ObjectNode document = fixture();
        ((ObjectNode) document.at("/overview/staffing")).put("authorizedPosts", -1);

        ReadException e = readError(document);

        assertEquals("/overview/staffing", e.field().orElseThrow(), e.getMessage());
        assertTrue(e.problem().contains("is not valid"), e.getMessage());
    }

    @Test
    void refusedDisclosureAtTheTopIsNamedByTheRootPointer() throws IOException {
        ObjectNode document = fixture();
        document.put("fiscalYear", 0);

        ReadException e = readError(document);

        assertEquals("/", e.field().orElseThrow(), e.getMessage());
    }

    @Test
    void unknownEnumValueStillListsTheValuesExpected() throws IOException {
        ObjectNode document = fixture();
        document.put("entityKind", "BUREAU");

        ReadException e = readError(document);

        assertEquals("/entityKind", e.field().orElseThrow(), e.getMessage());
        assertEquals("one of \"DEPARTMENT\", \"UNIT\"", e.expected().orElseThrow());
    }
}
