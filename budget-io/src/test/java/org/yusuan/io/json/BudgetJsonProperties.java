package org.yusuan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Disclosures;

class BudgetJsonProperties {

    private final BudgetJson json = BudgetJson.standard();

    // Tries are below jqwik's default of 1000: a whole disclosure is large, and the suite must stay fast.
    @Property(tries = 150)
    void anyDisclosureSurvivesJsonUnchanged(@ForAll("disclosures") BudgetDisclosure disclosure) {
        String text = json.write(disclosure);

        BudgetDisclosure read = json.read(text, "property.json");

        assertEquals(disclosure, read);
        assertEquals(text, json.write(read), "writing what was read gives the same text");
    }

    @Property(tries = 50)
    void anyDisclosureSurvivesPrettyPrintedUtf8Unchanged(@ForAll("disclosures") BudgetDisclosure disclosure) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        json.withPrettyPrinting().write(disclosure, bytes);

        BudgetDisclosure read = json.read(new ByteArrayInputStream(bytes.toByteArray()), "property.json");

        assertEquals(disclosure, read);
    }

    @Property(tries = 30)
    void anyDisclosuresSurviveJsonLinesUnchangedAndInOrder(
            @ForAll("batches") List<BudgetDisclosure> disclosures) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonLinesWriter writer = json.writeLines(bytes)) {
            disclosures.forEach(writer::write);
        }

        List<BudgetDisclosure> read;
        try (JsonLinesReader reader = json.readLines(new ByteArrayInputStream(bytes.toByteArray()), "batch.jsonl")) {
            read = reader.stream().toList();
        }

        assertEquals(disclosures, read);
        assertEquals(disclosures.size(),
                new String(bytes.toByteArray(), StandardCharsets.UTF_8).split("\n", -1).length - 1);
    }

    @Provide
    Arbitrary<BudgetDisclosure> disclosures() {
        return Disclosures.any();
    }

    @Provide
    Arbitrary<List<BudgetDisclosure>> batches() {
        return Disclosures.any().list().ofMaxSize(5);
    }
}
