package org.yusuan.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A province's or a newer year's catalog file is loaded through the same API as the built-in ones. */
class UserCatalogTest {

    private static final String PROVINCE_2025 = """
            # 某省 2025 年支出功能分类科目（节选）
            code,name,confidence,source,note
            201,一般公共服务支出,certain,PROVINCE-2025,
            20103,政府办公厅（室）及相关机构事务,certain,PROVINCE-2025,
            2010301,行政运行,certain,PROVINCE-2025,
            2010350,事业运行,certain,PROVINCE-2025,
            2010399,其他政府办公厅（室）及相关机构事务支出,uncertain,PROVINCE-2025,"wording, as printed by the province"
            """;

    @Test
    void loadsAUsersCatalogFileWithItsYearAndProvenance(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("functional-2025.csv");
        Files.writeString(file, PROVINCE_2025, StandardCharsets.UTF_8);

        ClassificationCatalog<FunctionalCode> catalog = ClassificationCatalog.loadFunctional(file, 2025);

        assertEquals(2025, catalog.fiscalYear());
        assertEquals(file.toString(), catalog.source());
        assertEquals(5, catalog.size());
        assertEquals(Optional.of("事业运行"), catalog.nameOf(FunctionalCode.parse("201 3 50")));
        CatalogEntry<FunctionalCode> uncertain = catalog.find(FunctionalCode.parse("2010399")).orElseThrow();
        assertEquals(Confidence.UNCERTAIN, uncertain.confidence());
        assertEquals("PROVINCE-2025", uncertain.source());
        assertEquals(Optional.of("wording, as printed by the province"), uncertain.note());
        assertEquals(List.of("2010301", "2010350", "2010399"),
                catalog.children(FunctionalCode.parse("20103")).stream().map(e -> e.code().digits()).toList());
    }

    @Test
    void aUsersCatalogChecksCodesAgainstItsOwnEntries(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("functional-2025.csv");
        Files.writeString(file, PROVINCE_2025, StandardCharsets.UTF_8);
        ClassificationCatalog<FunctionalCode> catalog = ClassificationCatalog.loadFunctional(file, 2025);

        assertEquals(FunctionalCode.parse("2010350"), catalog.parseColumns("201", "3", "50"));
        CodeFormatException e = assertThrows(CodeFormatException.class, () -> catalog.parse("201 3 2"));
        assertTrue(e.reason().contains("项 2010302 is not in the 2025 支出功能分类科目"), e.reason());
        assertTrue(e.reason().contains("did you mean 2010301 行政运行"), e.reason());
    }
}
