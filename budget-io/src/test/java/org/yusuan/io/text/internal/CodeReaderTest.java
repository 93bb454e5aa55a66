package org.yusuan.io.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;

/** Codes read whole, split without zeros, and repaired from the printed name when OCR damaged them. */
class CodeReaderTest {

    private final CodeReader reader = new CodeReader(ClassificationCatalog.functional(2024),
            ClassificationCatalog.economic(2024));

    @Test
    void splitAndWholeCodesReadAsPrinted() {
        CodeReader.Read<FunctionalCode> split = reader.functional(List.of("201", "3", "1"), "行政运行", null).get();
        assertEquals(FunctionalCode.parse("2010301"), split.code());
        assertTrue(split.note().isEmpty());
        assertEquals(FunctionalCode.parse("2010301"),
                reader.functional(List.of("2010301", "", ""), "行政运行", null).get().code());
        assertEquals(EconomicCode.parse("30201"), reader.economic(List.of("302", "1"), "办公费").get().code());
    }

    @Test
    void damagedCodesAreRepairedFromTheNameAndSaySo() {
        CodeReader.Read<FunctionalCode> category = reader.functional(List.of("20", "", ""), "一般公共服务支出", null).get();
        assertEquals(FunctionalCode.parse("201"), category.code());
        assertTrue(category.note().isPresent());
        CodeReader.Read<FunctionalCode> item = reader.functional(List.of("20", "3", "5"), "事业运行",
                FunctionalCode.parse("20139")).get();
        assertEquals(FunctionalCode.parse("2013950"), item.code());
        CodeReader.Read<FunctionalCode> shifted = reader.functional(List.of("22", "1", "2", "1"), "住房公积金", null)
                .get();
        assertEquals(FunctionalCode.parse("2210201"), shifted.code());
    }
}
