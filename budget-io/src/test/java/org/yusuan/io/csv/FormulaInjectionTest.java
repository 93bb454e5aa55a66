package org.yusuan.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.EntityKind;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.ExpenditureSummary;
import org.yusuan.model.table.ImmutableExpenditureSummary;

/**
 * Text that a spreadsheet would run as a formula is written with a leading apostrophe (OWASP CSV injection), reads
 * back as it was, and amounts, negative ones included, are written as plain numbers.
 */
class FormulaInjectionTest {

    private static final List<String> HOSTILE = List.of("=cmd|' /C calc'!A0", "+1+1", "-1+1", "@SUM(A1)",
            "\tTAB", "\rCR", "'apostrophe");

    private static BudgetDisclosure disclosure() {
        ImmutableExpenditureSummary.Builder table = ExpenditureSummary.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN);
        for (String name : HOSTILE) {
            table.addRows(ExpenditureRow.builder().code(FunctionalCode.parse("2010301")).name(name)
                    .putAmounts(ExpenditureColumn.TOTAL, new BigDecimal("-3.50")).build());
        }
        return BudgetDisclosure.builder().entityName("=HYPERLINK(\"http://evil\")").entityKind(EntityKind.UNIT)
                .fiscalYear(2024).expenditureSummary(table.build()).build();
    }

    @Test
    void perTableCellsAreNeutralisedAndAmountsStayNumbers(@TempDir Path dir) throws Exception {
        TableCsv.standard().writeFolder(disclosure(), dir);

        String table = Files.readString(dir.resolve("t03-expenditure-summary.csv"), StandardCharsets.UTF_8);
        for (String name : HOSTILE) {
            assertTrue(table.contains("'" + name.charAt(0)), "neutralised: " + name);
        }
        assertTrue(table.contains(",2010301,'=cmd|' /C calc'!A0,-3.50,,\r\n"), table);
        String metadata = Files.readString(dir.resolve("disclosure.csv"), StandardCharsets.UTF_8);
        assertTrue(metadata.contains("entity_name,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n"), metadata);
        assertEquals(disclosure(), TableCsv.standard().readFolder(dir));
    }

    @Test
    void longCellsAreNeutralisedAndAmountsStayNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LongCsv.standard().write(List.of(disclosure()), out);

        String csv = out.toString(StandardCharsets.UTF_8);
        for (String line : csv.split("\r\n(?=1,)")) {
            if (line.startsWith("1,")) {
                assertTrue(line.startsWith("1,\"'=HYPERLINK("), line);
            }
        }
        assertTrue(csv.contains(",2010301,'@SUM(A1),,,合计,-3.50,万元,,"), csv);
        assertEquals(List.of(disclosure()), LongCsv.standard().read(new ByteArrayInputStream(out.toByteArray()), "x"));
    }
}
