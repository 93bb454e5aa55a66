package org.yusuan.model.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IndicatorCategoryParseTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "产出指标|OUTPUT",
        "产出 指标|OUTPUT",
        "成本 指标|COST",
        "效益 指标|BENEFIT",
        "满意 度指 标|SATISFACTION",
        "满意度指 标|SATISFACTION",
        "满意度|SATISFACTION",
        "履职效能|DUTY_PERFORMANCE",
        "运行成本|RUNNING_COST",
        "管理效率|MANAGEMENT_EFFICIENCY",
        "社会效益|SOCIAL_BENEFIT",
        "可持续发展能力|SUSTAINABLE_DEVELOPMENT",
        "服务对象满意度|SERVICE_RECIPIENT_SATISFACTION"})
    void readsEveryFirstLevelNamePrintedInTheFixtures(String printed, FirstLevelIndicatorKind kind) {
        FirstLevelCategory category = FirstLevelCategory.parse(printed);

        assertEquals(Optional.of(kind), category.getKind());
        assertEquals(printed, category.getPrintedText());
        assertEquals(kind.label(), category.getName());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "数量指标|QUANTITY",
        "数量 指标|QUANTITY",
        "质量 指标|QUALITY",
        "时效 指标|TIMELINESS",
        "经济 成本 指标|ECONOMIC_COST",
        "经济成本 指标|ECONOMIC_COST",
        "社会成本指标|SOCIAL_COST",
        "生态成本指标|ECOLOGICAL_COST",
        "生态成本 指标|ECOLOGICAL_COST",
        "生态环境成本指标|ECOLOGICAL_COST",
        "经济效益 指标|ECONOMIC_BENEFIT",
        "社会 效益 指标|SOCIAL_BENEFIT",
        "生态效益指标|ECOLOGICAL_BENEFIT",
        "可持续影响指标|SUSTAINABLE_IMPACT",
        "服务对象满意度指标|SERVICE_RECIPIENT_SATISFACTION",
        "满意 度指 标|SATISFACTION",
        "满意度指 标|SATISFACTION"})
    void readsEverySecondLevelNamePrintedInTheFixtures(String printed, SecondLevelIndicatorKind kind) {
        SecondLevelCategory category = SecondLevelCategory.parse(printed);

        assertEquals(Optional.of(kind), category.getKind());
        assertEquals(printed, category.getPrintedText());
        assertEquals(kind.label(), category.getName());
    }

    @Test
    void readsALineWrapBreakInsideTheName() {
        assertEquals(Optional.of(SecondLevelIndicatorKind.SATISFACTION),
                SecondLevelCategory.parse("满意度\n指标").getKind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"其他指标", "政治效益", "受益 对象", ""})
    void keepsAnUnknownFirstLevelNameAsText(String printed) {
        FirstLevelCategory category = FirstLevelCategory.parse(printed);

        assertFalse(category.isKnown());
        assertEquals(printed, category.getPrintedText());
        assertEquals(printed.replace(" ", ""), category.getName());
    }

    @Test
    void keepsAnUnknownSecondLevelNameAsText() {
        SecondLevelCategory category = SecondLevelCategory.parse("政治 效益 指标");

        assertFalse(category.isKnown());
        assertEquals("政治 效益 指标", category.getPrintedText());
        assertEquals("政治效益指标", category.getName());
    }

    @ParameterizedTest
    @EnumSource(FirstLevelIndicatorKind.class)
    void readsEveryFirstLevelLabelBack(FirstLevelIndicatorKind kind) {
        assertEquals(FirstLevelCategory.of(kind), FirstLevelCategory.parse(kind.label()));
    }

    @ParameterizedTest
    @EnumSource(SecondLevelIndicatorKind.class)
    void readsEverySecondLevelLabelBack(SecondLevelIndicatorKind kind) {
        assertEquals(SecondLevelCategory.of(kind), SecondLevelCategory.parse(kind.label()));
    }

    @Test
    void keepsThePrintedSpellingSoBrokenAndCleanNamesDifferAsValues() {
        FirstLevelCategory broken = FirstLevelCategory.parse("产出 指标");
        FirstLevelCategory clean = FirstLevelCategory.parse("产出指标");

        assertNotEquals(broken, clean);
        assertEquals(broken.getKind(), clean.getKind());
        assertTrue(broken.isKnown());
    }
}
