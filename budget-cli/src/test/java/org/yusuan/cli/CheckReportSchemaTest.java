package org.yusuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report of {@code yusuan check} keeps to its published schema, {@code docs/check-report.schema.json}. */
class CheckReportSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = CheckReportSchemaTest.class.getResourceAsStream("/docs/check-report.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in));
        }
    }

    @Test
    void everyLineOfTheReportOnTheExamplesAndOnAnUnreadableFileIsValid(@TempDir Path dir) throws Exception {
        JsonSchema schema = schema();
        Cli.Run run = Cli.run("check", "--format", "json", Cli.examples().toString(),
                dir.resolve("missing.jsonl").toString());
        String[] lines = run.out().strip().split("\n");
        assertEquals(4, lines.length, run.out());
        for (String line : lines) {
            assertEquals(Set.of(), schema.validate(MAPPER.readTree(line)), line);
        }
    }

    @Test
    void theSchemaRefusesARenamedField() throws Exception {
        JsonSchema schema = schema();
        Cli.Run run = Cli.run("check", "--format", "json", Cli.example("2024-korla-city-gov-office.txt").toString());
        ObjectNode report = (ObjectNode) MAPPER.readTree(run.out().strip());
        JsonNode findings = report.remove("findings");
        report.set("finding", findings);
        assertFalse(schema.validate(report).isEmpty());
    }
}
