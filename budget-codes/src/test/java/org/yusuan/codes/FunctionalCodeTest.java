package org.yusuan.codes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionalCodeTest {

    @ParameterizedTest(name = "\"{0}\" is 2010301")
    @ValueSource(strings = {
        "2010301", "201 03 01", "201-03-01", "201 3 1", "201  3  1", "201 - 03 - 01", "20103 01", "20103 1",
        "２０１０３０１", "２０１ ０３ ０１", "201－03－01", " 2010301 ", "\u00A02010301\u00A0", "\u30002010301\u3000",
        "201\u00A003\u00A001", "201\t3\t1", "\uFEFF2010301", "201.03.01"
    })
    void readsEveryPrintedFormOfAnItemCode(String printed) {
        FunctionalCode code = FunctionalCode.parse(printed);
        assertEquals("2010301", code.digits());
        assertEquals(ClassificationLevel.ITEM, code.level());
    }

    @ParameterizedTest(name = "columns {0}|{1}|{2} are {3}")
    @CsvSource(value = {
        "201,3,1,2010301",
        "210,11,2,2101102",
        "201,03,01,2010301",
        "201,39,50,2013950",
        "201,3,,20103",
        "201,,,201",
        "2010301,,,2010301",
        "２０１,３,１,2010301",
        "' 208 ',' 5 ',' 5 ',2080505",
    }, emptyValue = "")
    void readsSplitColumnsWithDroppedLeadingZeros(String category, String section, String item, String expected) {
        assertEquals(expected, FunctionalCode.ofColumns(category, section, item).digits());
    }

    @Test
    void treatsNullColumnsAsEmpty() {
        assertEquals("20103", FunctionalCode.ofColumns("201", "3", null).digits());
        assertEquals("201", FunctionalCode.ofColumns("201", null, null).digits());
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "20|too short",
        "2|too short",
        "2010|ambiguous",
        "201031|ambiguous",
        "20103011|too long",
        "101|begins with 2",
        "301|begins with 2",
        "201 00|part is 00",
        "2010001|part is 00",
        "201 3 00|part is 00",
        "201 123|more than 2 digits",
        "2013 1|should be a 类 of 3 digits",
        "201 3 1 1|more parts",
        "abc|unexpected character 'a'",
        "201x|unexpected character 'x'",
        "二〇一|unexpected character",
        "'   '|empty",
        "'-'|no digits",
    })
    void refusesMalformedCodesNamingTheInputAndWhy(String input, String why) {
        CodeFormatException e = assertThrows(CodeFormatException.class, () -> FunctionalCode.parse(input));
        assertAll(
            () -> assertEquals(input, e.input()),
            () -> assertEquals(CodeSystem.FUNCTIONAL, e.system()),
            () -> assertTrue(e.getMessage().contains("\"" + input + "\""), e.getMessage()),
            () -> assertTrue(e.getMessage().contains("支出功能分类科目"), e.getMessage()),
            () -> assertTrue(e.reason().contains(why), e.reason()));
    }

    @ParameterizedTest(name = "columns {0}|{1}|{2} are refused: {3}")
    @CsvSource(value = {
        "201,,1,项 column is filled but the 款 column is empty",
        ",3,1,类 column is empty",
        "2013,1,1,should have 3 digits",
        "201,123,1,more than 2 digits",
        "201,0,1,part is 00",
        "101,1,1,begins with 2",
    }, emptyValue = "")
    void refusesColumnsThatMakeNoCode(String category, String section, String item, String why) {
        CodeFormatException e = assertThrows(CodeFormatException.class,
                () -> FunctionalCode.ofColumns(category, section, item));
        assertTrue(e.reason().contains(why), e.reason());
        if (category != null) {
            assertTrue(e.input().startsWith(category), e.input());
        }
    }

    @Test
    void refusesNullTextWithAMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> FunctionalCode.parse(null));
        assertTrue(e.getMessage().contains("must not be null"));
    }

    @Test
    void knowsItsPlaceInTheHierarchy() {
        FunctionalCode item = FunctionalCode.parse("2010301");
        FunctionalCode section = FunctionalCode.parse("20103");
        FunctionalCode category = FunctionalCode.parse("201");
        assertAll(
            () -> assertEquals(Optional.of(section), item.parent()),
            () -> assertEquals(Optional.of(category), section.parent()),
            () -> assertEquals(Optional.empty(), category.parent()),
            () -> assertEquals(List.of(category, section), item.ancestors()),
            () -> assertEquals(List.of(), category.ancestors()),
            () -> assertEquals(category, item.category()),
            () -> assertEquals(category, category.category()),
            () -> assertEquals(ClassificationLevel.SECTION, section.level()),
            () -> assertEquals(ClassificationLevel.CATEGORY, category.level()),
            () -> assertTrue(category.isAncestorOf(item)),
            () -> assertTrue(section.isAncestorOf(item)),
            () -> assertFalse(item.isAncestorOf(item)),
            () -> assertFalse(item.isAncestorOf(section)),
            () -> assertFalse(FunctionalCode.parse("20104").isAncestorOf(item)));
    }

    @Test
    void ordersEveryCodeRightBeforeItsDescendants() {
        TreeSet<FunctionalCode> codes = new TreeSet<>();
        for (String code : List.of("20104", "2010302", "201", "2010301", "20103", "205", "2080505")) {
            codes.add(FunctionalCode.parse(code));
        }
        assertEquals("[201, 20103, 2010301, 2010302, 20104, 205, 2080505]", codes.toString());
    }

    @Test
    void formatsInEveryPrintedForm() {
        FunctionalCode code = FunctionalCode.parse("2101102");
        assertAll(
            () -> assertEquals("2101102", code.format(CodeFormat.COMPACT)),
            () -> assertEquals("210 11 02", code.format(CodeFormat.SPACED)),
            () -> assertEquals("210-11-02", code.format(CodeFormat.HYPHENATED)),
            () -> assertEquals("210 11 2", code.format(CodeFormat.SPACED_UNPADDED)),
            () -> assertEquals(List.of("210", "11", "02"), code.parts()),
            () -> assertEquals("2101102", code.toString()));
    }

    @Test
    void isEqualByDigitsAndSystemOnly() {
        assertEquals(FunctionalCode.parse("201 3 1"), FunctionalCode.parse("2010301"));
        assertEquals(FunctionalCode.parse("201 3 1").hashCode(), FunctionalCode.parse("2010301").hashCode());
        assertFalse(FunctionalCode.parse("201").equals(EconomicCode.parse("301")));
        assertThrows(UnsupportedOperationException.class, () -> FunctionalCode.parse("2010301").parts().add("x"));
    }
}
