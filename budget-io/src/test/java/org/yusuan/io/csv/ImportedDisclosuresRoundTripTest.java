package org.yusuan.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.io.text.DisclosureTextImporter;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Fixtures;

/** The three real 2024 disclosures, as the text importer reads them, survive both CSV shapes unchanged. */
class ImportedDisclosuresRoundTripTest {

    private static List<BudgetDisclosure> imported() {
        List<BudgetDisclosure> disclosures = new ArrayList<>();
        for (String name : List.of(Fixtures.KORLA_CITY_GOV_OFFICE, Fixtures.KORLA_ETDZ_PARTY_GOV_OFFICE,
                Fixtures.KORLA_ETDZ_SOCIAL_AFFAIRS_CENTER)) {
            disclosures.add(DisclosureTextImporter.standard().importText(Fixtures.text(name), name).disclosure());
        }
        return disclosures;
    }

    @Test
    void eachImportedDisclosureSurvivesThePerTableShape(@TempDir Path dir) throws Exception {
        int n = 0;
        for (BudgetDisclosure disclosure : imported()) {
            assertFalse(disclosure.tables().isEmpty(), disclosure.getEntityName());
            Path zip = dir.resolve("d" + n++ + ".zip");
            TableCsv.standard().withBom().writeZip(disclosure, zip);
            assertEquals(disclosure, TableCsv.standard().readZip(zip));
        }
    }

    @Test
    void allImportedDisclosuresSurviveOneLongFile() throws Exception {
        List<BudgetDisclosure> disclosures = imported();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LongCsv.standard().write(disclosures, out);

        assertEquals(disclosures, LongCsv.standard().read(new ByteArrayInputStream(out.toByteArray()), "all.csv"));
    }
}
