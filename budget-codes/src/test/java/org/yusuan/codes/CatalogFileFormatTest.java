package org.yusuan.codes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A corrupt catalog file fails loudly, naming the file and the line, and saying what was expected. */
class CatalogFileFormatTest {

    private static final String HEADER = "code,name,confidence,source,note\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "no header|201,一般公共服务支出,certain,MOF-2024,\\n|1|expected the header code,name,confidence,source,note",
        "wrong header|code,name\\n201,一般公共服务支出\\n|1|expected the header",
        "too few columns|" + "code,name,confidence,source,note\\n201,一般公共服务支出,certain\\n|2|expected 5 columns",
        "too many columns|code,name,confidence,source,note\\n201,一般公共服务支出,certain,MOF-2024,,x\\n|2|expected 5 columns",
        "code not canonical|code,name,confidence,source,note\\n201 03,政府办公厅（室）及相关机构事务,certain,MOF-2024,\\n|2|not in canonical form; data files write it as 20103",
        "malformed code|code,name,confidence,source,note\\n2010,x,certain,MOF-2024,\\n|2|ambiguous",
        "code of another system|code,name,confidence,source,note\\n301,工资福利支出,certain,MOF-2024,\\n|2|begins with 2",
        "blank name|code,name,confidence,source,note\\n201, ,certain,MOF-2024,\\n|2|must be non-blank",
        "unknown confidence|code,name,confidence,source,note\\n201,一般公共服务支出,sure,MOF-2024,\\n|2|confidence must be \"certain\" or \"uncertain\", not \"sure\"",
        "missing source|code,name,confidence,source,note\\n201,一般公共服务支出,certain,,\\n|2|every entry states its provenance",
        "duplicate code|code,name,confidence,source,note\\n201,一般公共服务支出,certain,MOF-2024,\\n201,一般公共服务,certain,MOF-2024,\\n|3|listed twice (first on line 2)",
        "missing parent|code,name,confidence,source,note\\n# comment\\n201,一般公共服务支出,certain,MOF-2024,\\n2010301,行政运行,certain,MOF-2024,\\n|4|项 2010301 has no 款 20103",
        "sibling names repeat|code,name,confidence,source,note\\n201,一般公共服务支出,certain,MOF-2024,\\n20101,人大事务,certain,MOF-2024,\\n20102,人大 事务,certain,MOF-2024,\\n|4|already used by a sibling on line 3",
    })
    void namesTheFileAndLineOfEveryProblem(String problem, String content, long line, String expected) {
        String text = content.replace("\\n", "\n");
        CatalogFormatException e = assertThrows(CatalogFormatException.class,
                () -> ClassificationCatalog.readFunctional(new StringReader(text), "my-catalog.csv", 2025));
        assertAll(
            () -> assertEquals("my-catalog.csv", e.file()),
            () -> assertEquals(line, e.line(), e.getMessage()),
            () -> assertTrue(e.getMessage().startsWith("my-catalog.csv:" + line + ": "), e.getMessage()),
            () -> assertTrue(e.getMessage().contains(expected), e.getMessage()));
    }

    @Test
    void anEmptyFileHasNoHeader() {
        CatalogFormatException e = assertThrows(CatalogFormatException.class,
                () -> ClassificationCatalog.readEconomic(new StringReader("# only a comment\n"), "empty.csv", 2024));
        assertEquals("empty.csv: has no header line; expected code,name,confidence,source,note", e.getMessage());
    }

    @Test
    void anUnterminatedQuoteIsACsvError() {
        String text = HEADER + "201,\"一般公共服务支出,certain,MOF-2024,\n";
        CatalogFormatException e = assertThrows(CatalogFormatException.class,
                () -> ClassificationCatalog.readFunctional(new StringReader(text), "quote.csv", 2024));
        assertTrue(e.getMessage().startsWith("quote.csv"), e.getMessage());
    }

    @Test
    void malformedUtf8IsRefusedNotReplaced(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gbk.csv");
        byte[] head = HEADER.getBytes(StandardCharsets.UTF_8);
        byte[] row = "201,".getBytes(StandardCharsets.UTF_8);
        byte[] gbkName = "一般公共服务支出".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] tail = ",certain,MOF-2024,\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            out.write(head);
            out.write(row);
            out.write(gbkName);
            out.write(tail);
        }
        CatalogFormatException e = assertThrows(CatalogFormatException.class,
                () -> ClassificationCatalog.loadFunctional(file, 2024));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nowhere.csv");
        CatalogFormatException e = assertThrows(CatalogFormatException.class,
                () -> ClassificationCatalog.loadEconomic(file, 2024));
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
    }

    @Test
    void theNoteColumnMayBeLeftOutAndABomIsAccepted() {
        String text = "\uFEFFcode,name,confidence,source\n301,工资福利支出,certain,PROVINCE-2025\n";
        ClassificationCatalog<EconomicCode> catalog =
                ClassificationCatalog.readEconomic(new StringReader(text), "p.csv", 2025);
        assertEquals(List.of("301 工资福利支出"), catalog.entries().stream().map(Object::toString).toList());
    }
}
