package org.yusuan.model.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetValueParseTest {

    static Stream<FixtureTargetSpellings.Spelling> fixtureQuantitativeSpellings() {
        return FixtureTargetSpellings.QUANTITATIVE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureQuantitativeSpellings")
    void readsEveryQuantitativeTargetPrintedInTheFixtures(FixtureTargetSpellings.Spelling spelling) {
        TargetValue value = TargetValue.parse(spelling.printed);

        assertEquals(TargetForm.QUANTITATIVE, value.getForm());
        assertTrue(value.isQuantitative());
        assertEquals(Optional.of(spelling.comparator), value.getComparator());
        assertEquals(0, value.getNumber().orElseThrow().compareTo(new BigDecimal(spelling.number)),
                () -> "number of " + spelling.printed + " was " + value.getNumber());
        assertEquals(Optional.of(spelling.unit), value.getUnit());
        assertEquals(spelling.printed, value.getText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.yusuan.model.performance.FixtureTargetSpellings#qualitative")
    void keepsEveryQualitativeTargetPrintedInTheFixturesAsText(String printed) {
        TargetValue value = TargetValue.parse(printed);

        assertEquals(TargetForm.QUALITATIVE, value.getForm());
        assertFalse(value.isQuantitative());
        assertEquals(Optional.empty(), value.getComparator());
        assertEquals(Optional.empty(), value.getNumber());
        assertEquals(Optional.empty(), value.getUnit());
        assertEquals(printed, value.getText());
        assertFalse(value.isNormalized());
    }

    @Test
    void keepsTheScaleOfThePrintedNumber() {
        assertEquals(new BigDecimal("1.50"), TargetValue.parse("<=1.50 万元").getNumber().orElseThrow());
        assertEquals(new BigDecimal("454.55"), TargetValue.parse("< =454. 55 元/ 人").getNumber().orElseThrow());
    }

    @ParameterizedTest(name = "{0} normalized to {1}")
    @CsvSource(delimiter = '|', value = {
        "< =454. 55 元/ 人|<=454.55元/人",
        "< =12.6 7 万元/ /项|<=12.67万元/项",
        ">=95 %|>=95%",
        ">=1584.33 m ²|>=1584.33m²",
        "$\\geq 90\\%$|≥90%",
        "≥ 1796.83 平方米|≥1796.83平方米",
        "＞=95%|>=95%"})
    void recordsThatBrokenTextWasNormalized(String printed, String normalized) {
        TargetValue value = TargetValue.parse(printed);

        assertTrue(value.isNormalized());
        assertEquals(normalized, value.getNormalizedText());
        assertEquals(printed, value.getText());
    }

    @ParameterizedTest
    @ValueSource(strings = {">=95%", "≥95%", "<=52.38万元", "=100%", "有所提升"})
    void doesNotMarkCleanTextAsNormalized(String printed) {
        TargetValue value = TargetValue.parse(printed);

        assertFalse(value.isNormalized());
        assertEquals(printed, value.getNormalizedText());
    }

    static Stream<Arguments> comparatorSpellings() {
        TargetComparator ge = TargetComparator.GREATER_OR_EQUAL;
        TargetComparator le = TargetComparator.LESS_OR_EQUAL;
        return Stream.of(
                Arguments.of("≥95%", ge), Arguments.of(">=95%", ge), Arguments.of("> =95%", ge),
                Arguments.of("＞=95%", ge), Arguments.of("＞＝95%", ge), Arguments.of("≧95%", ge),
                Arguments.of("⩾95%", ge), Arguments.of("=>95%", ge), Arguments.of("大于等于95%", ge),
                Arguments.of("大于或等于95%", ge), Arguments.of("不低于95%", ge), Arguments.of("不少于95%", ge),
                Arguments.of("$\\geq$95%", ge), Arguments.of("$\\geq$ 95%", ge), Arguments.of("$\\geq 95\\%$", ge),
                Arguments.of("$\\ge 95\\%$", ge), Arguments.of("95%以上", ge), Arguments.of("95%及以上", ge),
                Arguments.of("≤95%", le), Arguments.of("<=95%", le), Arguments.of("< =95%", le),
                Arguments.of("＜=95%", le), Arguments.of("≦95%", le), Arguments.of("⩽95%", le),
                Arguments.of("=<95%", le), Arguments.of("小于等于95%", le), Arguments.of("不高于95%", le),
                Arguments.of("不超过95%", le), Arguments.of("$\\leq$95%", le), Arguments.of("$\\leq 95\\%$", le),
                Arguments.of("95%以下", le),
                Arguments.of("=95%", TargetComparator.EQUAL), Arguments.of("＝95%", TargetComparator.EQUAL),
                Arguments.of("等于95%", TargetComparator.EQUAL),
                Arguments.of(">95%", TargetComparator.GREATER), Arguments.of("＞95%", TargetComparator.GREATER),
                Arguments.of("大于95%", TargetComparator.GREATER),
                Arguments.of("<95%", TargetComparator.LESS), Arguments.of("＜95%", TargetComparator.LESS),
                Arguments.of("小于95%", TargetComparator.LESS));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("comparatorSpellings")
    void readsEverySpellingOfEachComparator(String printed, TargetComparator expected) {
        TargetValue value = TargetValue.parse(printed);

        assertEquals(Optional.of(expected), value.getComparator());
        assertEquals(0, value.getNumber().orElseThrow().compareTo(new BigDecimal("95")));
        assertEquals(Optional.of("%"), value.getUnit());
        assertEquals(printed, value.getText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "≥95%|GREATER_OR_EQUAL|95|%",
        "<=52.38万元|LESS_OR_EQUAL|52.38|万元",
        "＜=100元/人/月|LESS_OR_EQUAL|100|元/人/月",
        "=7人|EQUAL|7|人",
        "< =454. 55 元/ 人|LESS_OR_EQUAL|454.55|元/人",
        "< =12.6 7 万元/ /项|LESS_OR_EQUAL|12.67|万元/项",
        "≥ 1,000 人|GREATER_OR_EQUAL|1000|人",
        "＞＝９５％|GREATER_OR_EQUAL|95|%"})
    void readsTheExamplesOfTheBrief(String printed, TargetComparator comparator, String number, String unit) {
        TargetValue value = TargetValue.parse(printed);

        assertEquals(Optional.of(comparator), value.getComparator());
        assertEquals(0, value.getNumber().orElseThrow().compareTo(new BigDecimal(number)));
        assertEquals(Optional.of(unit), value.getUnit());
    }

    @Test
    void readsABareNumberAsQuantitativeWithoutComparator() {
        TargetValue value = TargetValue.parse("100%");

        assertTrue(value.isQuantitative());
        assertEquals(Optional.empty(), value.getComparator());
        assertEquals(Optional.of(new BigDecimal("100")), value.getNumber());
        assertEquals(Optional.of("%"), value.getUnit());
    }

    @Test
    void readsANumberWithoutUnit() {
        TargetValue value = TargetValue.parse(">= 3");

        assertEquals(Optional.of(TargetComparator.GREATER_OR_EQUAL), value.getComparator());
        assertEquals(Optional.empty(), value.getUnit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"有所提升", "逐步改善", "明显提高", "-", "长期"})
    void keepsWordsWithoutNumbersAsQualitative(String printed) {
        TargetValue value = TargetValue.parse(printed);

        assertEquals(TargetForm.QUALITATIVE, value.getForm());
        assertEquals(printed, value.getText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"95%±2%", "提升10%", "≥", ">=", "≥95%且≤100%", "95%-100%", "≥95%以下", "1.2.3次",
        "全年不少于24次", "<p>"})
    void marksQuantitativeLookingTextItCannotReadAsUnreadable(String printed) {
        TargetValue value = TargetValue.parse(printed);

        assertEquals(TargetForm.UNREADABLE, value.getForm());
        assertFalse(value.isQuantitative());
        assertEquals(Optional.empty(), value.getComparator());
        assertEquals(Optional.empty(), value.getNumber());
        assertEquals(printed, value.getText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\n"})
    void marksNothingPrintedAsBlank(String printed) {
        TargetValue value = TargetValue.parse(printed);

        assertEquals(TargetForm.BLANK, value.getForm());
        assertEquals(printed, value.getText());
    }

    @Test
    void rejectsNullWithAMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> TargetValue.parse(null));
        assertEquals("target text must not be null", e.getMessage());
    }

    @Test
    void buildsAQuantitativeTargetFromItsParts() {
        TargetValue value = TargetValue.of(TargetComparator.LESS_OR_EQUAL, new BigDecimal("52.38"), "万元");

        assertEquals("≤52.38万元", value.getText());
        assertEquals(TargetValue.parse("≤52.38万元"), value);
    }

    @Test
    void rejectsAQuantitativeTargetWithoutNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetValue.builder()
                .text(">=")
                .normalizedText(">=")
                .form(TargetForm.QUANTITATIVE)
                .build());
        assertEquals("a quantitative target needs a number: \">=\"", e.getMessage());
    }

    @Test
    void comparesActualValuesByValueNotScale() {
        assertTrue(TargetComparator.GREATER_OR_EQUAL.isSatisfiedBy(new BigDecimal("95.00"), new BigDecimal("95")));
        assertFalse(TargetComparator.LESS.isSatisfiedBy(new BigDecimal("95.00"), new BigDecimal("95")));
        assertTrue(TargetComparator.EQUAL.isSatisfiedBy(new BigDecimal("100"), new BigDecimal("100.0")));
    }

    @Test
    void readsAComparatorSpellingAlone() {
        assertEquals(Optional.of(TargetComparator.GREATER_OR_EQUAL), TargetComparator.parse("> ="));
        assertEquals(Optional.of(TargetComparator.LESS_OR_EQUAL), TargetComparator.parse("$\\leq$"));
        assertEquals(Optional.empty(), TargetComparator.parse("约"));
        assertEquals(List.of("≥", "≤", "=", ">", "<"),
                Stream.of(TargetComparator.values()).map(TargetComparator::symbol).collect(
                        java.util.stream.Collectors.toList()));
    }
}
