package org.yusuan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.EntityKind;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.GovernmentFundExpenditure;
import org.yusuan.model.table.GeneralBudgetExpenditure;
import org.yusuan.testkit.Fixtures;

class BudgetJsonRoundTripTest {

    private final BudgetJson json = BudgetJson.standard();

    @Test
    void theRealDisclosureSurvivesJsonUnchanged() {
        BudgetDisclosure fixture = Fixtures.korlaCityGovOffice();

        String text = json.write(fixture);

        assertEquals(fixture, json.read(text, "fixture.json"));
    }

    @Test
    void prettyPrintedJsonReadsBackTheSame() {
        BudgetDisclosure fixture = Fixtures.korlaCityGovOffice();

        String text = json.withPrettyPrinting().write(fixture);

        assertTrue(text.startsWith("{\n  \"format\": \"yusuan-disclosure\",\n  \"version\": 1,"), text.substring(0, 80));
        assertEquals(fixture, json.read(text, "pretty.json"));
    }

    @Test
    void everyDocumentStartsWithFormatAndVersion() {
        String text = json.write(Fixtures.korlaCityGovOffice());

        assertTrue(text.startsWith("{\"format\":\"yusuan-disclosure\",\"version\":1,"), text.substring(0, 60));
    }

    @Test
    void amountsAreWrittenInPlainNotationWithTheirScale() {
        BudgetDisclosure disclosure = withOneRow(ExpenditureRow.builder()
                .code(FunctionalCode.parse("2010301"))
                .name("行政运行")
                .putAmounts(ExpenditureColumn.TOTAL, new BigDecimal("7.80"))
                .putAmounts(ExpenditureColumn.BASIC, new BigDecimal("1E+3"))
                .putAmounts(ExpenditureColumn.PROJECT, new BigDecimal("0.00"))
                .build());

        String text = json.write(disclosure);

        assertTrue(text.contains("\"amounts\":{\"total\":7.80,\"basic\":1000,\"project\":0.00}"), text);
        assertFalse(text.contains("E+"), text);
    }

    @Test
    void codesAreStringsWithTheirLeadingDigitsKept() {
        BudgetDisclosure disclosure = withOneRow(ExpenditureRow.builder()
                .code(FunctionalCode.parse("2010301")).build());

        String text = json.write(disclosure);

        assertTrue(text.contains("\"code\":\"2010301\""), text);
    }

    @Test
    void aBlankCellStaysBlankAndAPrintedZeroStaysZero() {
        ExpenditureRow row = ExpenditureRow.builder()
                .name("一般公共服务支出")
                .putAmounts(ExpenditureColumn.TOTAL, new BigDecimal("0.00"))
                .build();
        BudgetDisclosure disclosure = withOneRow(row);

        BudgetDisclosure read = json.read(json.write(disclosure), "blank.json");

        ExpenditureRow readRow = read.getGeneralBudgetExpenditure().orElseThrow().getRows().get(0);
        assertEquals(new BigDecimal("0.00"), readRow.getTotal().orElseThrow());
        assertTrue(readRow.getBasic().isEmpty(), "a blank cell must stay blank");
    }

    @Test
    void aDeclaredEmptyTableKeepsItsNote() {
        String note = "本单位 2024 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。";
        BudgetDisclosure disclosure = minimal()
                .governmentFundExpenditure(GovernmentFundExpenditure.builder()
                        .unit(MoneyUnit.YUAN).emptyNote(note).build())
                .build();

        String text = json.write(disclosure);
        BudgetDisclosure read = json.read(text, "empty.json");

        assertTrue(text.contains("\"governmentFundExpenditure\":{\"unit\":\"元\",\"emptyNote\":"), text);
        assertTrue(read.getGovernmentFundExpenditure().orElseThrow().isDeclaredEmpty());
        assertEquals(disclosure, read);
    }

    @Test
    void streamsAndFilesReadBackTheSame(@TempDir Path dir) throws Exception {
        BudgetDisclosure fixture = Fixtures.korlaCityGovOffice();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        json.write(fixture, bytes);
        Path file = dir.resolve("disclosure.json");
        json.withPrettyPrinting().write(fixture, file);

        assertEquals(fixture, json.read(new ByteArrayInputStream(bytes.toByteArray()), "bytes"));
        assertEquals(fixture, json.read(file));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("库尔勒市人民政府办公室"));
    }

    @Test
    void anAmountBeyondTheFormatsLimitsIsRefusedOnWrite() {
        BudgetDisclosure disclosure = withOneRow(ExpenditureRow.builder()
                .putAmounts(ExpenditureColumn.TOTAL, new BigDecimal("1E-1000000000")).build());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.write(disclosure));

        assertTrue(e.getMessage().contains("/tables/generalBudgetExpenditure/rows/0/amounts/total"), e.getMessage());
    }

    @Test
    void theSchemaIsShippedWithTheModule() {
        String schema = BudgetJson.schema();

        assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
        assertTrue(schema.contains("\"const\": \"yusuan-disclosure\""));
    }

    private static BudgetDisclosure withOneRow(ExpenditureRow row) {
        return minimal()
                .generalBudgetExpenditure(GeneralBudgetExpenditure.builder()
                        .unit(MoneyUnit.TEN_THOUSAND_YUAN).addRows(row).build())
                .build();
    }

    private static org.yusuan.model.ImmutableBudgetDisclosure.Builder minimal() {
        return BudgetDisclosure.builder().entityName("测试单位").entityKind(EntityKind.UNIT).fiscalYear(2024);
    }
}
