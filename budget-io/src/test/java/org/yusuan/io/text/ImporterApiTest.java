package org.yusuan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.io.ReadException;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.TableKind;
import org.yusuan.testkit.Fixtures;

/** The public API: files in UTF-8 or GB18030, partial imports as normal results, the report's shape. */
class ImporterApiTest {

    private static final String SMALL = String.join("\n",
            "2024 年部门预算公开",
            "表 3",
            "部门支出总体情况表",
            "编制部门：某某局",
            "单位：万元",
            "科目\t\t\t支出预算\t\t",
            "类\t款\t项\t\t\t\t",
            "201\t03\t01\t行政运行\t10.00\t10.00\t",
            "这一行不是表格的行",
            "\t\t\t合计\t10.00\t10.00\t");

    @Test
    void aPartialImportIsANormalResultThatSaysWhatIsMissingAndWhatWasNotRead() {
        ImportResult result = DisclosureTextImporter.standard().importText(SMALL, "small.txt");
        ImportReport report = result.report();
        assertEquals(TableKind.values().length, report.tables().size());
        assertEquals(TableStatus.FOUND, report.table(TableKind.EXPENDITURE_SUMMARY).status());
        assertEquals(1, report.table(TableKind.EXPENDITURE_SUMMARY).rowsRead());
        assertEquals(OptionalInt.of(2), report.table(TableKind.EXPENDITURE_SUMMARY).line());
        assertEquals(TableStatus.MISSING, report.table(TableKind.REVENUE_SUMMARY).status());
        assertEquals(1, report.unreadLines().size());
        UnreadLine unread = report.unreadLines().get(0);
        assertEquals(9, unread.lineNumber());
        assertEquals(Optional.of(TableKind.EXPENDITURE_SUMMARY), unread.table());
        assertEquals("这一行不是表格的行", unread.text());
        assertEquals(new BigDecimal("10.00"), result.disclosure().getExpenditureSummary().get().getRows().get(0)
                .amount(ExpenditureColumn.BASIC).get());
        assertEquals("某某局", result.disclosure().getEntityName());
        assertTrue(report.summary().contains("未能识别 第 9 行"));
        assertTrue(!report.isComplete());
    }

    @Test
    void filesAreReadInUtf8AndInGb18030(@TempDir Path dir) throws IOException {
        String text = Fixtures.text(Fixtures.KORLA_CITY_GOV_OFFICE);
        Path utf8 = dir.resolve("utf8.txt");
        Path gb = dir.resolve("gb.txt");
        Files.writeString(utf8, "\uFEFF" + text, StandardCharsets.UTF_8);
        Files.writeString(gb, text, Charset.forName("GB18030"));
        ImportResult fromUtf8 = DisclosureTextImporter.standard().importFile(utf8);
        ImportResult fromGb = DisclosureTextImporter.standard().importFile(gb);
        assertEquals(Fixtures.korlaCityGovOffice(), fromUtf8.disclosure());
        assertEquals(Fixtures.korlaCityGovOffice(), fromGb.disclosure());
        assertEquals("gb.txt", fromGb.report().source());
    }

    @Test
    void unreadableBytesAndMissingFilesAreReadExceptionsNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {(byte) 0x84, (byte) 0x31, (byte) 0xA4, (byte) 0x39, (byte) 0xFF, (byte) 0xFF});
        ReadException e = assertThrows(ReadException.class, () -> DisclosureTextImporter.standard().importFile(bad));
        assertTrue(e.getMessage().contains("bad.txt"), e.getMessage());
        assertThrows(ReadException.class,
                () -> DisclosureTextImporter.standard().importFile(dir.resolve("missing.txt")));
    }

    @Test
    void theReportRefusesTablesOutOfTemplateOrder() {
        List<TableImport> reversed = new java.util.ArrayList<>();
        for (TableKind kind : TableKind.values()) {
            reversed.add(0, TableImport.missing(kind));
        }
        assertThrows(IllegalArgumentException.class, () -> new ImportReport("x", reversed, List.of(), List.of()));
    }
}
