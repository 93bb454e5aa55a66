package org.yusuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import org.yusuan.io.json.BudgetJson;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Disclosures;

/**
 * Laws of {@code yusuan check} over generated disclosures: whatever a disclosure holds, its JSON is read and
 * reported (never "unreadable"), and the exit status agrees with the report. Few tries: each runs the whole CLI.
 */
class CheckPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path dir;

    @BeforeTry
    void createDirectory() throws Exception {
        dir = Files.createTempDirectory("yusuan-check-property");
    }

    @AfterTry
    void deleteDirectory() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Provide
    Arbitrary<BudgetDisclosure> anyDisclosure() {
        return Disclosures.any();
    }

    @Provide
    Arbitrary<BudgetDisclosure> validDisclosure() {
        return Disclosures.valid();
    }

    @Property(tries = 50)
    void anyDisclosureIsReadAndTheExitStatusAgreesWithItsFindings(
            @ForAll("anyDisclosure") BudgetDisclosure disclosure) throws Exception {
        Path file = dir.resolve("any.json");
        BudgetJson.standard().write(disclosure, file);
        Cli.Run run = Cli.run("check", "--format", "json", "--lang", "en", file.toString());
        JsonNode report = JSON.readTree(run.out().strip());
        assertTrue(report.path("error").isMissingNode(), run.out());
        assertEquals(disclosure.getEntityName(), report.path("entity").asText());
        assertEquals(disclosure.tables().size(), countPresent(report));
        assertEquals(report.path("counts").path("ERROR").asLong() > 0 ? 1 : 0, run.status(), run.err());
    }

    @Property(tries = 50)
    void aConsistentDisclosureHasNoErrorAndExitsWithZero(@ForAll("validDisclosure") BudgetDisclosure disclosure)
            throws Exception {
        Path file = dir.resolve("valid.json");
        BudgetJson.standard().write(disclosure, file);
        Cli.Run run = Cli.run("check", "--lang", "en", file.toString());
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().contains("Check: 0 errors"), run.out());
    }

    private static int countPresent(JsonNode report) {
        int present = 0;
        for (JsonNode table : report.path("import").path("tables")) {
            if (!table.path("status").asText().equals("MISSING")) {
                present++;
            }
        }
        return present;
    }
}
