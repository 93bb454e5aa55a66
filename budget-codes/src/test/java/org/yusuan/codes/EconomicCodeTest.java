package org.yusuan.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EconomicCodeTest {

    @ParameterizedTest(name = "\"{0}\" is 30101")
    @ValueSource(strings = {"30101", "301 01", "301-01", "301 1", "３０１０１", " 301\u00A01 ", "\u3000301　01"})
    void readsEveryPrintedFormOfASectionCode(String printed) {
        EconomicCode code = EconomicCode.parse(printed);
        assertEquals("30101", code.digits());
        assertEquals(ClassificationLevel.SECTION, code.level());
    }

    @ParameterizedTest(name = "columns {0}|{1} are {2}")
    @CsvSource(value = {"301,1,30101", "301,01,30101", "302,99,30299", "301,,301", "30217,,30217"}, emptyValue = "")
    void readsSplitColumnsWithDroppedLeadingZeros(String category, String section, String expected) {
        assertEquals(expected, EconomicCode.ofColumns(category, section).digits());
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "3010101|too long",
        "301 01 01|more parts",
        "2010301|too long",
        "201|begins with 3",
        "30|too short",
        "3011|ambiguous",
        "301 00|part is 00",
    })
    void refusesWhatIsNoEconomicCode(String input, String why) {
        CodeFormatException e = assertThrows(CodeFormatException.class, () -> EconomicCode.parse(input));
        assertTrue(e.reason().contains(why), e.reason());
        assertTrue(e.getMessage().contains("部门预算支出经济分类科目"), e.getMessage());
    }

    @Test
    void hasOnlyCategoryAndSectionLevels() {
        EconomicCode code = EconomicCode.parse("30217");
        assertEquals(Optional.of(EconomicCode.parse("302")), code.parent());
        assertEquals(List.of(EconomicCode.parse("302")), code.ancestors());
        assertEquals("302 17", code.format(CodeFormat.SPACED));
        assertEquals("302 17", code.format(CodeFormat.SPACED_UNPADDED));
        assertEquals("301 1", EconomicCode.parse("30101").format(CodeFormat.SPACED_UNPADDED));
        assertEquals(CodeSystem.ECONOMIC, code.system());
    }

    @Test
    void refusesAThirdColumn() {
        CodeFormatException e = assertThrows(CodeFormatException.class, () -> EconomicCode.ofColumns("301", "1 1"));
        assertTrue(e.reason().contains("款 column \"1 1\" holds more than one number"), e.reason());
    }
}
